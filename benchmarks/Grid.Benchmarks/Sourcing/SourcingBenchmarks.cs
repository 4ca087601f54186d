using BenchmarkDotNet.Attributes;
using Grid.Grains.Sourcing;

namespace Grid.Benchmarks.Sourcing;

/// <summary>
/// One sourcing decision for a five-line ship order over 1,000 locations in one metro area with availability known:
/// filters, usable stock per line and location, distances, the rule, and every rejection with its detail. Each
/// invocation plans the next of 256 orders to points across the area. The single-location case is the baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SourcingBenchmarksConfig))]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class SourcingBenchmarks
{
    private SourcingBenchData? _data;
    private int _next;

    [GlobalSetup]
    public void Setup() => _data = SourcingBenchData.Create();

    [Benchmark(Baseline = true, Description = "Single location fills")]
    public SourcingPlan SingleLocation() => _data!.Plan(_data.Single[_next++ & (SourcingBenchData.Requests - 1)]);

    [Benchmark(Description = "Split needed")]
    public SourcingPlan Split() => _data!.Plan(_data.Split[_next++ & (SourcingBenchData.Requests - 1)]);
}
