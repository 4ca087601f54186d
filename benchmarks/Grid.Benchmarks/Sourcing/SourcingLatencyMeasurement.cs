using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Grid.Benchmarks.Sourcing;

/// <summary>
/// Times single sourcing decisions (the same data as <see cref="SourcingBenchmarks"/>): after a warm-up, 100,000
/// decisions per case, each timed on its own with <see cref="Stopwatch"/> timestamps, and reports p50, p99, p99.9 and
/// max, garbage collections included (no forced collection between decisions).
/// </summary>
internal static class SourcingLatencyMeasurement
{
    public const string Command = "sourcing-latency";
    private const int WarmUp = 20_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var decisions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var output = args.Length > 2 ? args[2] : Path.Combine("benchmarks", "results", "sourcing-latency.md");
        var data = SourcingBenchData.Create();
        var report = new StringBuilder()
            .AppendLine("# Sourcing decision latency")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project benchmarks/Grid.Benchmarks -- {Command}`, .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, load average at start {LoadAverage()}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"One decision = `SourcingPlanner.Plan` for a five-line ship order over {SourcingBenchData.LocationCount:N0} locations in one metro area, availability known (one dictionary per SKU, keyed by location), every rejection written. {SourcingBenchData.Requests} orders to points across the area in turn; {WarmUp:N0} warm-up decisions, then {decisions:N0} timed one by one.")
            .AppendLine()
            .AppendLine("| case | decisions | mean | p50 | p99 | p99.9 | max | allocated per decision | gen0 / gen1 / gen2 collections |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Measure(report, "single location fills", data, data.Single, decisions);
        Measure(report, "split needed", data, data.Split, decisions);
        report.AppendLine()
            .AppendLine("Times include the collections that happened during the run; the machine is shared, so the tail also holds scheduling noise.");

        var text = report.ToString();
        Console.WriteLine(text);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, text);
        return 0;
    }

    private static void Measure(StringBuilder report, string name, SourcingBenchData data, Grid.Grains.Sourcing.SourcingRequest[] requests, int decisions)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            data.Plan(requests[i % requests.Length]);
        }

        var ticks = new long[decisions];
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < decisions; i++)
        {
            var request = requests[i % requests.Length];
            var start = Stopwatch.GetTimestamp();
            data.Plan(request);
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)decisions;
        var gen0 = GC.CollectionCount(0) - collections.Item1;
        var gen1 = GC.CollectionCount(1) - collections.Item2;
        var gen2 = GC.CollectionCount(2) - collections.Item3;
        var mean = ticks.Average();
        Array.Sort(ticks);
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {decisions:N0} | {Micro(mean)} | {Micro(At(ticks, 0.50))} | {Micro(At(ticks, 0.99))} | {Micro(At(ticks, 0.999))} | {Micro(ticks[^1])} | {allocated:N0} B | {gen0} / {gen1} / {gen2} |");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static long At(long[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static string Micro(double ticks) => string.Create(CultureInfo.InvariantCulture, $"{ticks * 1_000_000.0 / Stopwatch.Frequency:F1} µs");
}
