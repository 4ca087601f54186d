using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Grid.Benchmarks.Runtime;

namespace Grid.Benchmarks.Storage;

/// <summary>
/// One grain, 1,000 concurrent writers, on PostgreSQL: group commit against one storage write per call, same grain,
/// same storage, same run. Operations are acknowledged (durable) calls.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class GroupCommitBenchmarks
{
    private const int Writers = 1_000;

    private BenchStorage? _storage;
    private BenchSilo? _silo;
    private IStateBenchGrain? _grain;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = await BenchStorage.CreateAsync("postgresql");
        _silo = await BenchSilo.StartAsync(_storage.Storage);
        _grain = _silo.Grains.GetGrain<IStateBenchGrain>("hot");
        await _grain.GroupCommitAsync();
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Writers, Description = "One write per call")]
    public Task OneWritePerCall() => Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => _grain!.OneWritePerCallAsync()));

    [Benchmark(OperationsPerInvoke = Writers, Description = "Group commit")]
    public Task GroupCommit() => Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => _grain!.GroupCommitAsync()));
}
