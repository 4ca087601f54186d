using Grid.Contracts.Locations;

namespace Grid.Client.Tests.Testing;

/// <summary>
/// An <see cref="ApiServer"/> with a small retail world (as Grid.Api.Tests' RetailApi): stores s1 (0.6 km from
/// <see cref="Home"/>), s2 (2.2 km) and s3 (4.5 km), all shipping, taking pick-ups and returns; channel "web" (s1, s2;
/// holds at checkout), "app" (s1, s2; holds at add to cart) and "pos" (s1, s2, s3), each with a client under test, and
/// an ops client.
/// </summary>
internal sealed class RetailGrid : IAsyncDisposable
{
    public static readonly GeoPosition Home = new(51.500, -0.120);

    private RetailGrid(ApiServer server, string webKey, string appKey, string posKey)
    {
        Server = server;
        WebKey = webKey;
        AppKey = appKey;
        Web = server.GridClient(webKey);
        App = server.GridClient(appKey);
        Pos = server.GridClient(posKey);
        Ops = server.GridClient(ApiServer.AdminKey);
    }

    public ApiServer Server { get; }

    public string WebKey { get; }

    public string AppKey { get; }

    public GridClient Web { get; }

    public GridClient App { get; }

    public GridClient Pos { get; }

    /// <summary>The admin key's client (admin and ops scopes).</summary>
    public GridClient Ops { get; }

    public static async Task<RetailGrid> StartAsync()
    {
        var server = await ApiServer.StartAsync();
        await server.DefineStoreAsync("s1", 51.505, -0.120);
        await server.DefineStoreAsync("s2", 51.520, -0.120);
        await server.DefineStoreAsync("s3", 51.540, -0.120);
        var web = await server.DefineChannelAsync("web", ["s1", "s2"]);
        var app = await server.DefineChannelAsync("app", ["s1", "s2"], reserve: "at-add-to-cart");
        var pos = await server.DefineChannelAsync("pos", ["s1", "s2", "s3"]);
        return new RetailGrid(server, web, app, pos);
    }

    public Task SetStockAsync(string sku, string location, long onHand) => Server.SetStockAsync(sku, location, onHand);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
