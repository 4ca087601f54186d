using System.Net;
using System.Text.Json;
using Grid.Contracts.Orders;

namespace Grid.Client.Tests;

public sealed class GridApiExceptionTests
{
    [Fact]
    public void TryGetExtension_RejectionsInTheApisJson_ReadAsContractRecords()
    {
        var thrown = Problem("""{"rejections":[{"location":"s1","reason":"insufficient-stock","detail":"tee: 0 of 1"}],"alternatives":["s2"],"reason":"not_sourceable"}""");

        Assert.True(thrown.TryGetExtension<IReadOnlyList<CandidateRejectionView>>("rejections", out var rejections));
        Assert.True(thrown.TryGetExtension<IReadOnlyList<string>>("alternatives", out var alternatives));
        Assert.True(thrown.TryGetExtension<string>("reason", out var reason));

        Assert.Equal(new CandidateRejectionView("s1", "insufficient-stock", "tee: 0 of 1"), Assert.Single(rejections));
        Assert.Equal(["s2"], alternatives);
        Assert.Equal("not_sourceable", reason);
    }

    [Fact]
    public void TryGetExtension_MissingOrNullMember_FalseAndDefault()
    {
        var thrown = Problem("""{"reason":null}""");

        Assert.False(thrown.TryGetExtension<string>("reason", out var reason));
        Assert.False(thrown.TryGetExtension<IReadOnlyList<string>>("alternatives", out var alternatives));
        Assert.Null(reason);
        Assert.Null(alternatives);
    }

    [Fact]
    public void TryGetExtension_MemberOfAnotherShape_ThrowsJsonException()
    {
        var thrown = Problem("""{"rejections":"none"}""");

        Assert.Throws<JsonException>(() => thrown.TryGetExtension<IReadOnlyList<CandidateRejectionView>>("rejections", out _));
    }

    private static GridApiException Problem(string extensionsJson)
    {
        using var document = JsonDocument.Parse(extensionsJson);
        var extensions = document.RootElement.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.Clone());
        return new GridApiException(HttpStatusCode.Conflict, GridErrorCodes.NotSourceable, "Not sourceable", null, extensions);
    }
}
