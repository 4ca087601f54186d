using System.Net;
using System.Text.Json;

namespace Grid.Api.Tests.Streams;

public sealed partial class AvailabilityStreamEndpointsTests
{
    [Theory]
    [InlineData("/v1/availability/stream")]
    [InlineData("/v1/availability/ws")]
    public async Task Get_NoCaller_Answers401(string path)
    {
        await using var server = await StreamsServer.StartAsync();
        using var http = server.CreateClient(channel: null);

        await AssertProblemAsync(http, path, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("web", "Ops")]
    [InlineData("-", "Channel")]
    public async Task Get_CallerWithoutChannelScopeOrChannel_Answers403(string channel, string scopes)
    {
        await using var server = await StreamsServer.StartAsync();
        using var http = server.CreateClient(channel, scopes);

        await AssertProblemAsync(http, "/v1/availability/stream", HttpStatusCode.Forbidden, "forbidden");
        await AssertProblemAsync(http, "/v1/availability/ws", HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Get_BadRequests_AnswerProblemDetailsWithTheirCodes()
    {
        await using var server = await StreamsServer.StartAsync();
        using var http = server.CreateClient();
        using var stranger = server.CreateClient("nope");
        var tooMany = string.Join(',', Enumerable.Range(0, 101).Select(i => $"sku-{i}"));

        await AssertProblemAsync(http, "/v1/availability/stream?sku=sku-1,bad%20sku", HttpStatusCode.BadRequest, "invalid_sku");
        await AssertProblemAsync(http, $"/v1/availability/stream?sku={tooMany}", HttpStatusCode.BadRequest, "invalid_sku");
        await AssertProblemAsync(http, "/v1/availability/ws", HttpStatusCode.BadRequest, "websocket_required");
        await AssertProblemAsync(stranger, "/v1/availability/stream", HttpStatusCode.NotFound, "unknown_channel");
    }

    private static async Task AssertProblemAsync(HttpClient http, string path, HttpStatusCode status, string code)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative)).WaitAsync(Patience);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
