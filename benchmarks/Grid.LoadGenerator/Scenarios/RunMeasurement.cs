namespace Grid.LoadGenerator.Scenarios;

/// <summary>What the buyers measured; durability checks come after, from storage.</summary>
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
    long AllocatedBytes);
