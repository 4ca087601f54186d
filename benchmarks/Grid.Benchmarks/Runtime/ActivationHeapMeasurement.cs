using System.Globalization;
using System.Text;

namespace Grid.Benchmarks.Runtime;

/// <summary>
/// Activates 1,000,000 empty grains in one silo and reports the managed heap they retain, per activation, after a
/// full blocking collection. BenchmarkDotNet measures allocations, not what stays reachable, so this one is a command.
/// </summary>
internal static class ActivationHeapMeasurement
{
    public const string Command = "activation-heap";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var output = args.Length > 2 ? args[2] : Path.Combine("benchmarks", "results", "activation-heap.md");
        await using var silo = await BenchSilo.StartAsync();
        var keys = Enumerable.Range(0, count).Select(i => "sku-" + i.ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        var before = HeapMeter.Settled();

        await HeapMeter.FillAsync(count, i => silo.Grains.GetGrain<IEmptyGrain>(keys[i]).PingAsync().AsTask());
        var after = HeapMeter.Settled();
        var activations = silo.Silo.ActivationCount;
        var perActivation = (after - before) / (double)activations;
        const int emptyGrainObjectBytes = 24;
        var report = new StringBuilder()
            .AppendLine("# Managed heap per activation")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project benchmarks/Grid.Benchmarks -- {Command}`, .NET {Environment.Version}, {Environment.ProcessorCount} cores.")
            .AppendLine()
            .AppendLine("| activations | heap before (MB) | heap after (MB) | bytes per activation | of which the empty grain object | runtime overhead per activation |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|")
            .AppendLine(CultureInfo.InvariantCulture, $"| {activations:N0} | {before / 1e6:F1} | {after / 1e6:F1} | {perActivation:F0} | {emptyGrainObjectBytes} | {perActivation - emptyGrainObjectBytes:F0} |")
            .AppendLine()
            .AppendLine("The key strings are allocated before the first reading, so they are not counted; the figure covers each activation, its mailbox after its first call, its synchronization context, the grain object and the catalog entry.")
            .ToString();
        Console.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report);
        GC.KeepAlive(keys);
        return 0;
    }
}
