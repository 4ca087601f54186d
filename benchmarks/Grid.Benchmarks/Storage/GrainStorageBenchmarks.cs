using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Grid.Benchmarks.Runtime;

namespace Grid.Benchmarks.Storage;

/// <summary>
/// 100 grains with 10 KB of state each, every grain in a loop of read-from-storage, change, write-to-storage
/// (the shape of Orleans' GrainStorage benchmark), per provider. Operations are read-and-write cycles.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class GrainStorageBenchmarks
{
    private const int Grains = 100;
    private const int CyclesPerGrain = 20;

    private BenchStorage? _storage;
    private BenchSilo? _silo;
    private IStateBenchGrain[] _grains = [];

    [Params("memory", "sqlite", "postgresql")]
    public string Provider { get; set; } = "memory";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = await BenchStorage.CreateAsync(Provider);
        _silo = await BenchSilo.StartAsync(_storage.Storage);
        _grains = Enumerable.Range(0, Grains).Select(i => _silo.Grains.GetGrain<IStateBenchGrain>($"state-{i}")).ToArray();
        await Task.WhenAll(_grains.Select(g => g.GroupCommitAsync()));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Grains * CyclesPerGrain)]
    public Task ReadModifyWrite() => Task.WhenAll(_grains.Select(async (grain, i) =>
    {
        for (var cycle = 0; cycle < CyclesPerGrain; cycle++)
        {
            await grain.ReadModifyWriteAsync(i + cycle);
        }
    }));
}
