using System.Net;
using Grid.Client.Tests.Testing;

namespace Grid.Client.Tests.Channels;

public sealed class ChannelClientTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.DefineStoreAsync("s1");
        await _server.DefineStoreAsync("s2");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetAsync_ChannelKey_ReturnsItsOwnChannel()
    {
        var app = _server.GridClient(await _server.DefineChannelAsync("app", ["s2", "s1"], safetyStock: 4));

        var channel = await app.Channel.GetAsync();

        Assert.Equal("app", channel.Id);
        Assert.Equal(["s2", "s1"], channel.Definition.Locations);
        Assert.Equal(4, channel.Definition.SafetyStock);
        Assert.Equal("at-checkout", channel.Definition.Reserve);
    }

    [Fact]
    public async Task GetAsync_AdminKey_ThrowsForbidden403()
    {
        var admin = _server.GridClient(ApiServer.AdminKey);

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => admin.Channel.GetAsync());

        Assert.Equal((HttpStatusCode.Forbidden, GridErrorCodes.Forbidden), (thrown.StatusCode, thrown.Code));
    }
}
