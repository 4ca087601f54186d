using Grid.Runtime.Storage;
using Grid.Runtime.Testing;

namespace Grid.Benchmarks.Storage;

/// <summary>A storage provider for a benchmark run, with whatever it needs started and cleaned up.</summary>
internal sealed class BenchStorage : IAsyncDisposable
{
    private readonly PostgresServer? _postgres;
    private readonly string? _directory;

    private BenchStorage(IGrainStorage storage, PostgresServer? postgres, string? directory)
    {
        Storage = storage;
        _postgres = postgres;
        _directory = directory;
    }

    public IGrainStorage Storage { get; }

    public static async Task<BenchStorage> CreateAsync(string provider)
    {
        switch (provider)
        {
            case "memory":
                return new BenchStorage(new MemoryGrainStorage(), null, null);
            case "sqlite":
                var directory = Directory.CreateTempSubdirectory("grid-bench-").FullName;
                return new BenchStorage(new SqliteGrainStorage(Path.Combine(directory, "grid.db"), TimeProvider.System), null, directory);
            case "postgresql":
                var connectionString = Environment.GetEnvironmentVariable("GRID_BENCH_POSTGRES");
                if (!string.IsNullOrEmpty(connectionString))
                {
                    return new BenchStorage(new PostgresGrainStorage(connectionString), null, null);
                }

                var server = await PostgresServer.StartAsync();
                return new BenchStorage(new PostgresGrainStorage(server.ConnectionString), server, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "memory, sqlite or postgresql");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
