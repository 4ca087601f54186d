using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Grid.Api.Hosting;
using Grid.Contracts.Admin;
using Grid.Contracts.Channels;
using Grid.Contracts.Inventory;
using Grid.Contracts.Locations;
using Grid.Grains;
using Grid.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Grid.Benchmarks.Api;

/// <summary>
/// The silo and the whole HTTP API pipeline (API keys, rate limits, scopes, idempotency, endpoints) on an in-memory test
/// server, memory storage: what a request costs in Grid's own code, without sockets.
/// </summary>
internal sealed class ApiPipelineHost : IAsyncDisposable
{
    public const string Location = "store-1";
    public const string Channel = "web";
    private readonly WebApplication _app;

    private ApiPipelineHost(WebApplication app, HttpClient admin)
    {
        _app = app;
        Admin = admin;
    }

    public HttpClient Admin { get; }

    public static async Task<ApiPipelineHost> StartAsync()
    {
        var adminKey = $"grid_{new string('a', 16)}_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseTestServer();
        builder.Configuration["Grid:Storage:Provider"] = "Memory";
        builder.Configuration["Grid:Api:BootstrapAdminKey"] = adminKey;
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        builder.Services.AddGridApi();
        var app = builder.Build();
        app.UseGridApi();
        app.MapGridApi();
        await app.StartAsync();
        var admin = app.GetTestClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        var host = new ApiPipelineHost(app, admin);
        using var location = await SendAsync(admin, HttpMethod.Put, $"/ops/locations/{Location}",
            new LocationDefinition("Bench store", "store", 51.5, -0.12, true, true, true, 1_000_000, true));
        using var channel = await SendAsync(admin, HttpMethod.Put, $"/admin/channels/{Channel}",
            new ChannelDefinition("Bench web", [Location], 0, "at-checkout", 900, 900, 3));
        return host;
    }

    /// <summary>A client calling with a new channel key of channel <c>web</c>.</summary>
    public async Task<HttpClient> ChannelClientAsync()
    {
        using var created = await SendAsync(Admin, HttpMethod.Post, "/admin/api-keys", new CreateApiKeyRequest("bench backend", ["channel"], Channel, 1_000_000));
        var key = (await created.Content.ReadFromJsonAsync<CreatedApiKey>())?.Key ?? throw new InvalidOperationException("No key was created.");
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task SetOnHandAsync(string sku, long onHand)
    {
        using var _ = await SendAsync(Admin, HttpMethod.Put, $"/ops/inventory/{sku}/{Location}/on-hand", new SetOnHandRequest(onHand, "bench"));
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync<T>(HttpClient client, HttpMethod method, string path, T body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }
}
