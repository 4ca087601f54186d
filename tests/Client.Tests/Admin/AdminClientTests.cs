using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Admin;
using Grid.Contracts.Channels;

namespace Grid.Client.Tests.Admin;

public sealed class AdminClientTests : IAsyncLifetime
{
    private static readonly ChannelDefinition Web = new("Web shop", ["s1"], 1, "at-add-to-cart", 1_800, 900, 2);

    private ApiServer _server = null!;
    private GridClient _admin = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.DefineStoreAsync("s1");
        _admin = _server.GridClient(ApiServer.AdminKey);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DefineChannelAsync_ThenGetChannelAsync_ShowTheDefinition()
    {
        var defined = await _admin.Admin.DefineChannelAsync("web", Web);

        var read = await _admin.Admin.GetChannelAsync("web");

        Assert.Equal("web", defined.Id);
        Assert.Equal(Web.Locations, read.Definition.Locations);
        Assert.Equal(Web with { Locations = read.Definition.Locations }, read.Definition);
    }

    [Fact]
    public async Task GetChannelAsync_Undefined_ThrowsUnknownChannel404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _admin.Admin.GetChannelAsync("nope"));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownChannel), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task DefineChannelAsync_UnknownReservePolicy_ThrowsInvalidChannel400()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _admin.Admin.DefineChannelAsync("web", Web with { Reserve = "never" }));

        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidChannel), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task CreateApiKeyAsync_ChannelKey_WorksForItsChannelAndReadsBackWithoutSecret()
    {
        await _admin.Admin.DefineChannelAsync("web", Web);

        var created = await _admin.Admin.CreateApiKeyAsync(new CreateApiKeyRequest("web backend", ["channel"], "web", 50));
        var read = await _admin.Admin.GetApiKeyAsync(created.View.Id);
        var channel = await _server.GridClient(created.Key).Channel.GetAsync();

        Assert.StartsWith("grid_", created.Key, StringComparison.Ordinal);
        Assert.Equal(created.View.Id, read.Id);
        Assert.Equal(["channel"], read.Scopes);
        Assert.Equal(("web", 50), (read.Channel, read.RequestsPerSecond));
        Assert.Null(read.RevokedAt);
        Assert.Equal("web", channel.Id);
    }

    [Fact]
    public async Task RevokeApiKeyAsync_RevokedKey_ThenThrowsUnauthorized401()
    {
        await _admin.Admin.DefineChannelAsync("web", Web);
        var created = await _admin.Admin.CreateApiKeyAsync(new CreateApiKeyRequest("web backend", ["channel"], "web", null));

        var revoked = await _admin.Admin.RevokeApiKeyAsync(created.View.Id);
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _server.GridClient(created.Key).Channel.GetAsync());

        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal((HttpStatusCode.Unauthorized, GridErrorCodes.Unauthorized), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task GetApiKeyAsync_UnknownId_ThrowsUnknownApiKey404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _admin.Admin.GetApiKeyAsync("nosuchkey"));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownApiKey), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task CreateApiKeyAsync_ForUndefinedChannel_ThrowsUnknownChannel404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _admin.Admin.CreateApiKeyAsync(new CreateApiKeyRequest("ghost", ["channel"], "ghost", null)));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownChannel), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task CreateApiKeyAsync_ChannelKey_ThrowsForbidden403()
    {
        await _admin.Admin.DefineChannelAsync("web", Web);
        var channelKey = await _admin.Admin.CreateApiKeyAsync(new CreateApiKeyRequest("web backend", ["channel"], "web", null));

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _server.GridClient(channelKey.Key).Admin.CreateApiKeyAsync(new CreateApiKeyRequest("escalate", ["admin"], null, null)));

        Assert.Equal((HttpStatusCode.Forbidden, GridErrorCodes.Forbidden), (thrown.StatusCode, thrown.Code));
    }
}
