using System.Net;
using System.Security.Cryptography;
using Grid.Api.Hosting;
using Grid.Grains;
using Grid.Runtime;
using Grid.Runtime.Hosting;
using Grid.Runtime.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grid.LoadGenerator.Http;

/// <summary>
/// The silo and the HTTP API in this process, on Kestrel at 127.0.0.1, with the grain storage of the run and an admin
/// key made up for it: the pipeline a channel backend calls (API keys, rate limits, idempotency), nothing left out.
/// </summary>
internal sealed class GridApiHost : IAsyncDisposable
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly WebApplication _app;

    private GridApiHost(WebApplication app, Uri address, string adminKey)
    {
        _app = app;
        Address = address;
        EndPoint = new IPEndPoint(IPAddress.Parse(address.Host), address.Port);
        AdminKey = adminKey;
    }

    public Uri Address { get; }

    public IPEndPoint EndPoint { get; }

    /// <summary>The bootstrap admin key (admin and ops scopes).</summary>
    public string AdminKey { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public static async Task<GridApiHost> StartAsync(Func<IGrainStorage> createStorage, string dataDirectory)
    {
        var adminKey = $"grid_{RandomNumberGenerator.GetString(IdAlphabet, 16)}_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration["Grid:Storage:Provider"] = "Memory";
        builder.Configuration["Grid:Storage:DataDirectory"] = dataDirectory;
        builder.Configuration["Grid:Api:BootstrapAdminKey"] = adminKey;
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        builder.Services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, _ => createStorage());
        builder.Services.AddGridApi();
        var app = builder.Build();
        app.UseGridApi();
        app.MapGridApi();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GridApiHost(app, new Uri(address), adminKey);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
