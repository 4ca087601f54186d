namespace Grid.LoadGenerator.Reporting;

/// <summary>The JSON report of a flash-sale run: Grid's figures at the top level, the baseline's beside them.</summary>
internal sealed record FlashSaleReport(
    string Scenario,
    string Storage,
    int Buyers,
    long Stock,
    int RequestsPerBuyer,
    int Quantity,
    long Requests,
    long Accepted,
    long Rejected,
    long AcceptedUnits,
    long OversoldUnits,
    long LostAcks,
    double ThroughputPerSec,
    double AcceptedPerSec,
    double RejectionsPerSecAfterSoldOut,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    SystemReport Grid,
    SystemReport? Baseline,
    double? AcceptedRateVersusBaseline,
    string Machine,
    DateTimeOffset MeasuredAt);
