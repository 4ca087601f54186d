using System.Diagnostics;
using System.Globalization;

namespace Grid.LoadGenerator.Scenarios;

/// <summary>
/// Runs the buyers of one system under test: each buyer awaits its attempts one after another; latencies, outcomes and
/// acknowledged reservation ids are kept per buyer, so measuring costs no locks.
/// </summary>
internal sealed class BuyerRun
{
    private readonly LoadOptions _options;
    private readonly long[][] _latencies;
    private readonly List<string>[] _acknowledged;
    private long _accepted;
    private long _rejected;
    private long _completed;
    private long _soldOutAt;

    public BuyerRun(LoadOptions options)
    {
        _options = options;
        _latencies = [.. Enumerable.Range(0, options.Buyers).Select(_ => new long[options.RequestsPerBuyer])];
        _acknowledged = [.. Enumerable.Range(0, options.Buyers).Select(_ => new List<string>())];
    }

    public IEnumerable<string> Acknowledged => _acknowledged.SelectMany(ids => ids);

    public static string ReservationId(int buyer, int request) =>
        string.Create(CultureInfo.InvariantCulture, $"b{buyer}-{request}");

    /// <summary>A full blocking collection before a measured run, so it does not pay for the garbage of what came before it (a warm-up, another system).</summary>
    public static void CollectGarbage()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>Runs every buyer to its last attempt; <paramref name="status"/> adds to the progress line printed each second.</summary>
    public async Task<RunMeasurement> RunAsync(string label, Func<int, int, ValueTask<BuyerOutcome>> attempt, Func<string>? status = null)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gc = GcActivity.Now();
        var processor = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        using var progress = new Timer(_ => Report(label, started, status), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var buyers = Enumerable.Range(0, _options.Buyers).Select(buyer => Task.Run(() => BuyAsync(buyer, attempt))).ToArray();
        await Task.WhenAll(buyers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        gc = GcActivity.Now() - gc;
        processor = Environment.CpuUsage.TotalTime - processor;
        Report(label, started, status);
        Console.WriteLine();

        var latencies = _latencies.SelectMany(l => l).Order().ToArray();
        var soldOutAt = Interlocked.Read(ref _soldOutAt);
        TimeSpan? soldOutAfter = soldOutAt == 0 ? null : Stopwatch.GetElapsedTime(started, soldOutAt);
        return new RunMeasurement(
            _options.Requests,
            _accepted,
            _rejected,
            _accepted * _options.Quantity,
            elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1] / 1000.0,
            soldOutAfter,
            soldOutAfter is { } at ? elapsed - at : TimeSpan.Zero,
            allocated,
            processor,
            gc);
    }

    private async Task BuyAsync(int buyer, Func<int, int, ValueTask<BuyerOutcome>> attempt)
    {
        var latencies = _latencies[buyer];
        var acknowledged = _acknowledged[buyer];
        for (var request = 0; request < _options.RequestsPerBuyer; request++)
        {
            var start = Stopwatch.GetTimestamp();
            var outcome = await attempt(buyer, request).ConfigureAwait(false);
            latencies[request] = (long)(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            if (outcome == BuyerOutcome.Accepted)
            {
                acknowledged.Add(ReservationId(buyer, request));
                Interlocked.Increment(ref _accepted);
            }
            else
            {
                Interlocked.Increment(ref _rejected);
                if (outcome == BuyerOutcome.SoldOut && Interlocked.Read(ref _soldOutAt) == 0)
                {
                    Interlocked.CompareExchange(ref _soldOutAt, Stopwatch.GetTimestamp(), 0);
                }
            }

            Interlocked.Increment(ref _completed);
        }
    }

    private void Report(string label, long started, Func<string>? status)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var completed = Interlocked.Read(ref _completed);
        Console.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r{label}: {elapsed,6:F1} s  {completed,10:N0}/{_options.Requests:N0} requests  accepted {Interlocked.Read(ref _accepted),10:N0}  rejected {Interlocked.Read(ref _rejected),10:N0}  {completed / Math.Max(elapsed, 0.001),12:N0}/s{status?.Invoke()}"));
    }

    private static double Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)] / 1000.0;
}
