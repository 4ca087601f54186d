using Grid.Grains;
using Grid.Runtime;
using Grid.Runtime.Hosting;
using Grid.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Grid.Benchmarks.Runtime;

/// <summary>A one-silo grid in a generic host, configured as `dotnet run --project src/Silo` would be.</summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private int _disposed;

    private BenchSilo(IHost host)
    {
        _host = host;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public Silo Silo => _host.Services.GetRequiredService<Silo>();

    public static async Task<BenchSilo> StartAsync(IGrainStorage? storage = null, bool grains = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Grid:Storage:Provider"] = "Memory";
        builder.Services.AddGridSilo();
        if (grains)
        {
            builder.Services.AddGridGrains();
        }

        if (storage is not null)
        {
            builder.Services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, _ => storage);
        }

        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _host.StopAsync();
        _host.Dispose();
    }
}
