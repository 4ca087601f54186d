using BenchmarkDotNet.Attributes;

namespace Grid.Benchmarks.Runtime;

/// <summary>
/// In-silo grain calls: 1,000 concurrent callers over 1,000 grains, each caller awaiting its calls one after another,
/// against the same load on 1,000 hand-written channel actors. Operations are calls.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class GrainCallBenchmarks
{
    private const int Callers = 1_000;
    private const int Targets = 1_000;
    private const int CallsPerCaller = 200;
    private const int Operations = Callers * CallsPerCaller;

    private BenchSilo? _silo;
    private IBenchCounterGrain[] _grains = [];
    private ChannelActor[] _actors = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _silo = await BenchSilo.StartAsync();
        _grains = Enumerable.Range(0, Targets).Select(i => _silo.Grains.GetGrain<IBenchCounterGrain>($"counter-{i}")).ToArray();
        _actors = Enumerable.Range(0, Targets).Select(_ => new ChannelActor()).ToArray();
        await Task.WhenAll(_grains.Select(g => g.IncrementAsync(0).AsTask()));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var actor in _actors)
        {
            actor.Complete();
        }

        await Task.WhenAll(_actors.Select(a => a.Loop));
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "Channel<T> actor loop")]
    public Task ChannelActors() => RunCallers(static (self, target) => new ValueTask<int>(self._actors[target].IncrementAsync(1)));

    [Benchmark(OperationsPerInvoke = Operations, Description = "Grain calls")]
    public Task GrainCalls() => RunCallers(static (self, target) => self._grains[target].IncrementAsync(1));

    private Task RunCallers(Func<GrainCallBenchmarks, int, ValueTask<int>> call)
    {
        var callers = new Task[Callers];
        for (var i = 0; i < Callers; i++)
        {
            callers[i] = RunCaller(call, i);
        }

        return Task.WhenAll(callers);
    }

    private async Task RunCaller(Func<GrainCallBenchmarks, int, ValueTask<int>> call, int caller)
    {
        await Task.Yield();
        for (var i = 0; i < CallsPerCaller; i++)
        {
            await call(this, (caller + i) % Targets);
        }
    }
}
