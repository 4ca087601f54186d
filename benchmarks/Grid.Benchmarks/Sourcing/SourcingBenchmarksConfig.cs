using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Grid.Benchmarks.Sourcing;

/// <summary>Adds the median, the 95th percentile and the maximum of the iteration means to the summary.</summary>
internal sealed class SourcingBenchmarksConfig : ManualConfig
{
    public SourcingBenchmarksConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
