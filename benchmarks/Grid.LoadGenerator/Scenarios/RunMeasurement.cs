namespace Grid.LoadGenerator.Scenarios;

/// <summary>
/// What the buyers measured; durability checks come after, from storage. The processor time is the whole process's (silo,
/// API and buyers): on a shared machine it moves less than a rate when a neighbour takes the processors. The garbage
/// collections are the whole process's too.
/// </summary>
internal sealed record RunMeasurement(
    long Requests,
    long Accepted,
    long Rejected,
    long AcceptedUnits,
    TimeSpan Elapsed,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    TimeSpan? SoldOutAfter,
    TimeSpan AfterSoldOut,
    long AllocatedBytes,
    TimeSpan ProcessorTime,
    GcActivity Gc)
{
    /// <summary>This process's processor time per request, in microseconds (a separate database server's is not in it).</summary>
    public double CpuMicrosPerRequest => Requests == 0 ? 0 : Math.Round(ProcessorTime.TotalMicroseconds / Requests, 1);
}
