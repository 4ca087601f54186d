namespace Grid.LoadGenerator.Reporting;

/// <summary>
/// The same buyers against <c>app.MapPost("/minimal", () => Results.Ok())</c> in the same process: what HTTP alone
/// allows here, measured just before and just after Grid's sale, and Grid's HTTP requests/s (accepted or rejected) as a
/// share of the mean of the two.
/// </summary>
internal sealed record KestrelBaselineReport(
    string System,
    double RequestsPerSec,
    IReadOnlyList<KestrelRunReport> Runs,
    double HttpReservationsToMinimalKestrel);
