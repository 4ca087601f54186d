namespace Grid.LoadGenerator.Reporting;

/// <summary>
/// The figures of one system under test, as the JSON report names them. AllocatedBytesPerRequest is the whole process's
/// managed allocation during the run (buyers included) per request, CpuMicrosPerRequest its processor time per request,
/// Gc its garbage collections during the run.
/// </summary>
internal sealed record SystemReport(
    string System,
    long Requests,
    long Accepted,
    long Rejected,
    long AcceptedUnits,
    long OversoldUnits,
    long LostAcks,
    double ThroughputPerSec,
    double AcceptedPerSec,
    double RejectionsPerSecAfterSoldOut,
    double SoldOutAfterSec,
    double ElapsedSec,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long AllocatedBytesPerRequest,
    double CpuMicrosPerRequest,
    GcReport Gc);
