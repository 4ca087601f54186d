using System.Net;
using System.Text;
using Grid.Client.Tests.Testing;

namespace Grid.Client.Tests;

public sealed class GridClientTests
{
    [Fact]
    public void Constructor_OptionsBreakingRules_ThrowsNamingEachRule()
    {
        var options = new GridClientOptions { MaxRetries = -1, Timeout = TimeSpan.Zero, BaseAddress = new Uri("/relative", UriKind.Relative) };

        var thrown = Assert.Throws<ArgumentException>(() => new GridClient(options));

        Assert.Contains("MaxRetries", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoBaseAddressAnywhere_Throws()
    {
        using var http = new HttpClient();

        Assert.Throws<ArgumentException>(() => new GridClient(http, new GridClientOptions { BaseAddress = null }));
    }

    [Fact]
    public void Options_Defaults_AreTheNamedConstants()
    {
        var options = new GridClientOptions();

        Assert.Equal(GridClientOptions.DefaultBaseAddress, options.BaseAddress);
        Assert.Equal(new Uri("http://127.0.0.1:5080/"), options.BaseAddress);
        Assert.Null(options.ApiKey);
        Assert.Equal((3, TimeSpan.FromSeconds(30)), (options.MaxRetries, options.Timeout));
        Assert.Equal((GridClientOptions.DefaultRetryBaseDelay, GridClientOptions.DefaultMaxRetryDelay), (options.RetryBaseDelay, options.MaxRetryDelay));
        Assert.Equal(
            (GridClientOptions.DefaultStreamReconnectDelay, GridClientOptions.DefaultStreamMaxReconnectDelay, GridClientOptions.DefaultStreamIdleTimeout),
            (options.StreamReconnectDelay, options.StreamMaxReconnectDelay, options.StreamIdleTimeout));
        Assert.Empty(options.Validate());
    }

    [Fact]
    public async Task Constructor_HttpClientWithBaseAddressUnderAPath_RequestsGoUnderItWithTheKeyAndEscapedIds()
    {
        using var handler = new ScriptedHandler().ThenAnswer(Json("""{"sku":"a/b","available":0,"locations":[]}"""));
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://grid.test/api/grid") };
        using var client = new GridClient(http, new GridClientOptions { ApiKey = "grid_k" });

        var availability = await client.Inventory.GetAvailabilityAsync("a/b");

        var sent = Assert.Single(handler.Sent);
        Assert.Equal("/api/grid/v1/availability/a%2Fb", sent.Path);
        Assert.Equal("Bearer grid_k", sent.Authorization);
        Assert.Equal("a/b", availability.Sku);
    }

    [Fact]
    public async Task Constructor_OptionsChangedAfterwards_ClientKeepsItsCopy()
    {
        using var handler = new ScriptedHandler().ThenAnswer(() => Problems.Of(HttpStatusCode.ServiceUnavailable, GridErrorCodes.Unavailable));
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://grid.test/") };
        var options = new GridClientOptions { MaxRetries = 0 };
        using var client = new GridClient(http, options);
        options.MaxRetries = 5;

        await Assert.ThrowsAsync<GridApiException>(() => client.Channel.GetAsync());

        Assert.Single(handler.Sent);
    }

    [Fact]
    public async Task ReleaseAsync_IdOfDotSegments_ThrowsBeforeSending()
    {
        using var handler = new ScriptedHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://grid.test/") };
        using var client = new GridClient(http);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Inventory.ReleaseAsync("sku1", "s1", ".."));

        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task ReserveAsync_KeyWithALineBreak_ThrowsBeforeSending()
    {
        using var handler = new ScriptedHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://grid.test/") };
        using var client = new GridClient(http);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Inventory.ReserveAsync("sku1", "s1", new("r1", 1, 60, "cart-1"), "k\r\nX-Injected: 1"));

        Assert.Empty(handler.Sent);
    }

    private static Func<HttpResponseMessage> Json(string body) =>
        () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
