using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grid.Contracts.Locations;
using Grid.Grains.Inventory;

namespace Grid.Api.Tests.Testing;

/// <summary>
/// An <see cref="ApiServer"/> with a small retail world: stores s1 (0.6 km from <see cref="Home"/>), s2 (2.2 km) and s3
/// (4.5 km), all shipping, taking pick-ups and returns; channel "web" (s1, s2; holds at checkout), "app" (s1, s2; holds
/// at add to cart) and "pos" (s1, s2, s3; store tills), each with its own key.
/// </summary>
internal sealed class RetailApi : IAsyncDisposable
{
    public static readonly GeoPosition Home = new(51.500, -0.120);

    private RetailApi(ApiServer server, HttpClient web, HttpClient app, HttpClient pos)
    {
        Server = server;
        Web = web;
        App = app;
        Pos = pos;
    }

    public ApiServer Server { get; }

    public HttpClient Web { get; }

    public HttpClient App { get; }

    public HttpClient Pos { get; }

    /// <summary>The admin key's client (admin and ops scopes).</summary>
    public HttpClient Ops => Server.Admin;

    public static async Task<RetailApi> StartAsync()
    {
        var server = await ApiServer.StartAsync();
        await server.DefineStoreAsync("s1", 51.505, -0.120);
        await server.DefineStoreAsync("s2", 51.520, -0.120);
        await server.DefineStoreAsync("s3", 51.540, -0.120);
        var web = server.Client(await server.DefineChannelAsync("web", ["s1", "s2"]));
        var app = server.Client(await server.DefineChannelAsync("app", ["s1", "s2"], reserve: "at-add-to-cart"));
        var pos = server.Client(await server.DefineChannelAsync("pos", ["s1", "s2", "s3"]));
        return new RetailApi(server, web, app, pos);
    }

    /// <summary>Sends a request with a JSON body (none when null) and a fresh Idempotency-Key, or the given one.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? key = null)
    {
        using var request = ApiServer.Idempotent(method, path, body, key);
        return await client.SendAsync(request);
    }

    /// <summary>Sends a request whose body is the given JSON text, with a fresh Idempotency-Key.</summary>
    public static async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string path, string json)
    {
        using var request = ApiServer.Idempotent(method, path, null);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    /// <summary>An ops step on an order (<c>POST /ops/orders/{id}/...</c>) that must succeed.</summary>
    public async Task OpsStepAsync(string order, string step)
    {
        using var response = await SendAsync(Ops, HttpMethod.Post, $"/ops/orders/{order}/{step}");
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Releases, picks and ships a ship order sourced at one location.</summary>
    public async Task ShipAsync(string order, string location)
    {
        await OpsStepAsync(order, "release");
        await OpsStepAsync(order, $"legs/{location}/pick");
        await OpsStepAsync(order, $"legs/{location}/ship");
    }

    public Task SetStockAsync(string sku, string location, long onHand) => Server.SetStockAsync(sku, location, onHand);

    public async Task<AvailabilitySnapshot> StockAsync(string sku, string location) =>
        await Server.Grains.GetGrain<IInventoryGrain>($"{sku}@{location}").GetAvailabilityAsync();

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var value = await response.Content.ReadFromJsonAsync<T>();
        Assert.NotNull(value);
        return value;
    }

    /// <summary>The problem document of an error response.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await ProblemAsync(response)).TryGetProperty("code", out var code) ? code.GetString() : null;

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
