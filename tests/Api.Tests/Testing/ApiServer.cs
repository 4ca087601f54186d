using System.Net.Http.Headers;
using System.Net.Http.Json;
using Grid.Api.Hosting;
using Grid.Contracts.Admin;
using Grid.Contracts.Channels;
using Grid.Contracts.Locations;
using Grid.Grains;
using Grid.Runtime;
using Grid.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Api.Tests.Testing;

/// <summary>
/// The API on a real Kestrel server on 127.0.0.1, over a one-silo grid on SQLite in a temporary folder, with a known
/// admin key. Clients it hands out carry a key; <see cref="Anonymous"/> carries none. Grid.Client.Tests compiles this
/// same file, so set-up goes over plain HTTP there too and the client under test is not the tool that prepares its test.
/// </summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public const string AdminKey = "grid_testadmin0000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private readonly WebApplication _app;
    private readonly DirectoryInfo _directory;
    private readonly List<IDisposable> _owned = [];

    private ApiServer(WebApplication app, DirectoryInfo directory, Uri address)
    {
        _app = app;
        _directory = directory;
        Address = address;
        Admin = Client(AdminKey);
        Anonymous = Client(null);
    }

    public Uri Address { get; }

    /// <summary>A client with the admin key (admin and ops scopes).</summary>
    public HttpClient Admin { get; }

    /// <summary>A client without a key.</summary>
    public HttpClient Anonymous { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; <paramref name="configure"/> may set configuration (Grid:Api:...) or replace services.</summary>
    public static async Task<ApiServer> StartAsync(Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var directory = Directory.CreateTempSubdirectory("grid-api-");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration["Grid:Storage:DataDirectory"] = directory.FullName;
        builder.Configuration["Grid:Api:BootstrapAdminKey"] = AdminKey;
        configure?.Invoke(builder);
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        builder.Services.AddGridApi();
        var app = builder.Build();
        app.UseGridApi();
        app.MapGridApi();
        map?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ApiServer(app, directory, new Uri(address));
    }

    /// <summary>A client that sends the given key (none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        _owned.Add(client);
        return client;
    }

    /// <summary>Disposes <paramref name="owned"/> with the server (clients made on top of it).</summary>
    public T Own<T>(T owned)
        where T : IDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    /// <summary>Defines a store at the given position that ships, takes pick-ups and returns.</summary>
    public async Task DefineStoreAsync(string id, double latitude = 51.5, double longitude = -0.12, int capacity = 1_000)
    {
        var definition = new LocationDefinition($"Store {id}", "store", latitude, longitude, true, true, true, capacity, true);
        using var response = await Admin.SendAsync(Idempotent(HttpMethod.Put, $"/ops/locations/{id}", definition));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Defines a channel over the locations and returns a new channel key for it.</summary>
    public async Task<string> DefineChannelAsync(string id, IReadOnlyList<string> locations, int safetyStock = 0, string reserve = "at-checkout")
    {
        var definition = new ChannelDefinition($"Channel {id}", locations, safetyStock, reserve, 900, 900, 3);
        using (var defined = await Admin.SendAsync(Idempotent(HttpMethod.Put, $"/admin/channels/{id}", definition)))
        {
            defined.EnsureSuccessStatusCode();
        }

        using var created = await Admin.SendAsync(Idempotent(HttpMethod.Post, "/admin/api-keys", new CreateApiKeyRequest($"{id} backend", ["channel"], id, null)));
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<CreatedApiKey>())!.Key;
    }

    /// <summary>Sets on hand of a SKU at a location.</summary>
    public async Task SetStockAsync(string sku, string location, long onHand)
    {
        using var response = await Admin.SendAsync(Idempotent(HttpMethod.Put, $"/ops/inventory/{sku}/{location}/on-hand", new { onHand, reason = "test stock" }));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A request with a JSON body and a fresh Idempotency-Key (or the given one).</summary>
    public static HttpRequestMessage Idempotent(HttpMethod method, string path, object? body, string? key = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _directory.Delete(recursive: true);
    }
}
