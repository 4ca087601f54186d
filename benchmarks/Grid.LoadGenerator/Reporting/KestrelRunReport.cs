namespace Grid.LoadGenerator.Reporting;

/// <summary>One measured run of the minimal Kestrel endpoint ("before" or "after" Grid's sale).</summary>
internal sealed record KestrelRunReport(
    string Run,
    long Requests,
    double RequestsPerSec,
    double ElapsedSec,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long AllocatedBytesPerRequest,
    double CpuMicrosPerRequest,
    GcReport Gc);
