using System.Numerics;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// Microsecond latencies in log-linear buckets (exact below 128 µs, then 64 buckets per power of two: under 1.6% error),
/// recorded lock-free from any thread, so every subscriber's events go into one fixed 18 KiB table rather than lists.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int Linear = 128;
    private const int SubBuckets = 64;
    private const int Octaves = 40;
    private readonly long[] _counts = new long[Linear + (Octaves * SubBuckets)];
    private long _count;
    private long _max;

    public long Count => Interlocked.Read(ref _count);

    public double MaxMs => Interlocked.Read(ref _max) / 1000.0;

    public void Record(long microseconds)
    {
        var value = Math.Max(0, microseconds);
        Interlocked.Increment(ref _counts[Math.Min(_counts.Length - 1, Index(value))]);
        Interlocked.Increment(ref _count);
        long max;
        while (value > (max = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, value, max) != max)
        {
        }
    }

    /// <summary>The latency at or under which <paramref name="quantile"/> of the recorded ones fall (a bucket's upper bound).</summary>
    public double PercentileMs(double quantile)
    {
        var count = Count;
        if (count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank)
            {
                return Math.Min(UpperBound(i), Interlocked.Read(ref _max)) / 1000.0;
            }
        }

        return MaxMs;
    }

    private static int Index(long value)
    {
        if (value < Linear)
        {
            return (int)value;
        }

        var log = 63 - BitOperations.LeadingZeroCount((ulong)value);
        var shift = log - 6;
        return Linear + ((log - 7) * SubBuckets) + (int)((value >> shift) - SubBuckets);
    }

    private static long UpperBound(int index)
    {
        if (index < Linear)
        {
            return index;
        }

        var octave = (index - Linear) / SubBuckets;
        var sub = (index - Linear) % SubBuckets;
        var shift = octave + 1;
        return ((sub + SubBuckets + 1L) << shift) - 1;
    }
}
