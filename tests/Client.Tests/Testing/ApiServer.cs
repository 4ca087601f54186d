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

namespace Grid.Client.Tests.Testing;

/// <summary>
/// The API on a real Kestrel server on 127.0.0.1, over a one-silo grid on SQLite in a temporary folder, with a known
/// admin key (the approach of Grid.Api.Tests' fixture). Set-up goes over plain HTTP so the client under test is not
/// also the tool that prepares its test; <see cref="GridClient"/> hands out clients under test.
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
        Admin = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        _owned.Add(Admin);
    }

    public Uri Address { get; }

    /// <summary>Plain HTTP with the admin key (admin and ops scopes), for set-up.</summary>
    public HttpClient Admin { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<ApiServer> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("grid-client-");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration["Grid:Storage:DataDirectory"] = directory.FullName;
        builder.Configuration["Grid:Api:BootstrapAdminKey"] = AdminKey;
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        builder.Services.AddGridApi();
        var app = builder.Build();
        app.UseGridApi();
        app.MapGridApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ApiServer(app, directory, new Uri(address));
    }

    /// <summary>
    /// A client under test with the key, retrying at once (no backoff) unless <paramref name="configure"/> says
    /// otherwise; over <paramref name="handler"/> (which should end in a real handler) when given.
    /// </summary>
    public GridClient GridClient(string? key, Action<GridClientOptions>? configure = null, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        var options = new GridClientOptions { BaseAddress = Address, ApiKey = key, RetryBaseDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        GridClient client;
        if (handler is null)
        {
            client = new GridClient(options, time);
        }
        else
        {
            var http = new HttpClient(handler);
            _owned.Add(http);
            client = new GridClient(http, options, time);
        }

        _owned.Add(client);
        return client;
    }

    /// <summary>Defines a store that ships, takes pick-ups and returns.</summary>
    public async Task DefineStoreAsync(string id)
    {
        var definition = new LocationDefinition($"Store {id}", "store", 51.5, -0.12, true, true, true, 1_000, true);
        using var response = await Admin.SendAsync(Idempotent(HttpMethod.Put, $"/ops/locations/{id}", definition));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Defines a channel over the locations and returns a new channel key for it.</summary>
    public async Task<string> DefineChannelAsync(string id, IReadOnlyList<string> locations, int safetyStock = 0)
    {
        var definition = new ChannelDefinition($"Channel {id}", locations, safetyStock, "at-checkout", 900, 900, 3);
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

    private static HttpRequestMessage Idempotent(HttpMethod method, string path, object body)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
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
