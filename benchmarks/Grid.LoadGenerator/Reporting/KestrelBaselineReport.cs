namespace Grid.LoadGenerator.Reporting;

/// <summary>
/// The same buyers against <c>app.MapPost("/minimal", () => Results.Ok())</c> in the same process: what HTTP alone
/// allows here, and Grid's HTTP requests/s (accepted or rejected) as a share of it.
/// </summary>
internal sealed record KestrelBaselineReport(
    string System,
    long Requests,
    double RequestsPerSec,
    double ElapsedSec,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long AllocatedBytesPerRequest,
    double CpuMicrosPerRequest,
    double HttpReservationsToMinimalKestrel);
