using System.Globalization;

namespace Grid.Benchmarks.Runtime;

/// <summary>What the heap-per-grain commands share: a settled heap reading and a bounded-concurrency fill loop.</summary>
internal static class HeapMeter
{
    private const int InFlight = 2_000;

    /// <summary>The managed heap after full, blocking, compacting collections.</summary>
    public static long Settled()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Runs <paramref name="fill"/> for indexes 0 to count-1, at most 2,000 at a time, printing progress.</summary>
    public static async Task FillAsync(int count, Func<int, Task> fill)
    {
        for (var start = 0; start < count; start += InFlight)
        {
            var batch = new Task[Math.Min(InFlight, count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = fill(start + i);
            }

            await Task.WhenAll(batch);
            if ((start / InFlight) % 50 == 0)
            {
                Console.Write(string.Create(CultureInfo.InvariantCulture, $"\ractivated {start + batch.Length:N0} / {count:N0}"));
            }
        }

        Console.WriteLine();
    }
}
