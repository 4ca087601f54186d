using System.Globalization;
using System.Text;
using System.Text.Json;
using Grid.LoadGenerator.Scenarios;

namespace Grid.LoadGenerator.Reporting;

/// <summary>Builds the report and writes it as JSON and as a readable Markdown file beside it.</summary>
internal static class ReportWriter
{
    /// <summary>The share of minimal Kestrel's requests/s that Grid's HTTP reservations should reach.</summary>
    public const double HttpTarget = 0.5;

    public static FlashSaleReport Build(LoadOptions options, SystemResult grid, SystemResult? baseline, HttpSaleResult? http = null, IReadOnlyList<(string Run, SystemResult Result)>? minimalKestrel = null)
    {
        var gridReport = ToReport(grid);
        var baselineReport = baseline is null ? null : ToReport(baseline);
        var kestrel = minimalKestrel is null ? null : ToKestrelReport(minimalKestrel, gridReport);
        var subscribers = http?.Subscribers;
        return new FlashSaleReport(
            options.Scenario,
            options.Storage,
            options.Via,
            options.Buyers,
            options.Stock,
            options.RequestsPerBuyer,
            options.Quantity,
            gridReport.Requests,
            gridReport.Accepted,
            gridReport.Rejected,
            gridReport.AcceptedUnits,
            gridReport.OversoldUnits,
            gridReport.LostAcks,
            gridReport.ThroughputPerSec,
            gridReport.AcceptedPerSec,
            gridReport.RejectionsPerSecAfterSoldOut,
            gridReport.P50Ms,
            gridReport.P99Ms,
            gridReport.MaxMs,
            gridReport,
            baselineReport,
            baselineReport is { AcceptedPerSec: > 0 } ? Math.Round(gridReport.AcceptedPerSec / baselineReport.AcceptedPerSec, 1) : null,
            kestrel,
            http?.UnexpectedAnswers,
            http is null ? null : options.Subscribers,
            subscribers?.Streaming,
            subscribers?.Correct,
            subscribers?.Events,
            subscribers?.PropagationP50Ms,
            subscribers?.PropagationP99Ms,
            subscribers?.PropagationMaxMs,
            subscribers?.MemoryPer1000SubscribersBytes,
            subscribers?.ClientMemoryPer1000SubscribersBytes,
            subscribers?.SettledAfterSec,
            http?.SubscribersNote ?? subscribers?.Failures,
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
            DateTimeOffset.UtcNow);
    }

    public static async Task WriteAsync(FlashSaleReport report, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllTextAsync(full, JsonSerializer.Serialize(report, ReportJsonContext.Default.FlashSaleReport)).ConfigureAwait(false);
        var markdown = Path.ChangeExtension(full, ".md");
        await File.WriteAllTextAsync(markdown, Readable(report)).ConfigureAwait(false);
        Console.WriteLine($"report: {full}");
        Console.WriteLine($"report: {markdown}");
    }

    /// <summary>The summary printed at the end of a run: the lines of the report that carry its verdicts.</summary>
    public static string Summary(FlashSaleReport report)
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture,
            $"summary: {report.Grid.System} {report.Accepted:N0} accepted, {report.AcceptedPerSec:N0}/s while selling, {report.ThroughputPerSec:N0} requests/s overall, p99 {report.P99Ms:F2} ms; oversold {report.OversoldUnits}, lost acks {report.LostAcks}");
        if (report.AcceptedRateVersusBaseline is { } ratio)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"summary: {ratio:F1}x the {report.Baseline!.System} baseline's accepted rate");
        }

        if (report.KestrelBaseline is { } kestrel)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"summary: {kestrel.HttpReservationsToMinimalKestrel:F2} of minimal Kestrel's {kestrel.RequestsPerSec:N0} requests/s (mean of {string.Join(" and ", kestrel.Runs.Select(run => $"{run.RequestsPerSec:N0} {run.Run}"))}; target {HttpTarget:F1}: {(kestrel.HttpReservationsToMinimalKestrel >= HttpTarget ? "met" : "not met")})");
        }

        if (report.SubscribersCorrect is { } correct)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"summary: {correct:N0}/{report.Subscribers:N0} subscribers ended on the final availability; propagation p50 {report.PropagationP50Ms:F2} ms, p99 {report.PropagationP99Ms:F2} ms, max {report.PropagationMaxMs:F2} ms over {report.SubscriberEvents:N0} events; silo heap {report.MemoryPer1000SubscribersBytes / 1024.0 / 1024.0:F2} MiB per 1,000 subscribers");
        }
        else if (report.SubscribersNote is { } note)
        {
            text.AppendLine($"summary: no subscribers: {note}");
        }

        if (report.UnexpectedAnswers is { } unexpected)
        {
            text.AppendLine($"summary: unexpected answers: {unexpected}");
        }

        return text.ToString().TrimEnd();
    }

    private static SystemReport ToReport(SystemResult result)
    {
        var m = result.Measurement;
        var selling = m.SoldOutAfter ?? m.Elapsed;
        return new SystemReport(
            result.System,
            m.Requests,
            m.Accepted,
            m.Rejected,
            m.AcceptedUnits,
            result.OversoldUnits,
            result.LostAcks,
            Math.Round(m.Requests / m.Elapsed.TotalSeconds),
            Math.Round(m.Accepted / selling.TotalSeconds),
            m.AfterSoldOut > TimeSpan.Zero ? Math.Round(m.Rejected / m.AfterSoldOut.TotalSeconds) : 0,
            Math.Round(selling.TotalSeconds, 3),
            Math.Round(m.Elapsed.TotalSeconds, 3),
            Math.Round(m.P50Ms, 3),
            Math.Round(m.P99Ms, 3),
            Math.Round(m.MaxMs, 3),
            m.AllocatedBytes / Math.Max(1, m.Requests),
            m.CpuMicrosPerRequest,
            GcReport.Of(m.Gc));
    }

    private static KestrelBaselineReport ToKestrelReport(IReadOnlyList<(string Run, SystemResult Result)> minimal, SystemReport grid)
    {
        var runs = minimal.Select(run =>
        {
            var m = run.Result.Measurement;
            return new KestrelRunReport(
                run.Run,
                m.Requests,
                Math.Round(m.Requests / m.Elapsed.TotalSeconds),
                Math.Round(m.Elapsed.TotalSeconds, 3),
                Math.Round(m.P50Ms, 3),
                Math.Round(m.P99Ms, 3),
                Math.Round(m.MaxMs, 3),
                m.AllocatedBytes / Math.Max(1, m.Requests),
                m.CpuMicrosPerRequest,
                GcReport.Of(m.Gc));
        }).ToArray();
        var perSec = Math.Round(runs.Average(run => run.RequestsPerSec));
        return new KestrelBaselineReport(minimal[0].Result.System, perSec, runs, perSec > 0 ? Math.Round(grid.ThroughputPerSec / perSec, 2) : 0);
    }

    private static string Readable(FlashSaleReport report)
    {
        var http = report.Via == LoadOptions.ViaHttp;
        var setting = http
            ? string.Create(CultureInfo.InvariantCulture, $"{report.MeasuredAt:yyyy-MM-dd HH:mm} UTC, {report.Machine}. Stock {report.Stock:N0}; {report.Buyers} in-process HTTP/1.1 keep-alive buyers x {report.RequestsPerBuyer:N0} `POST /v1/inventory/{{sku}}/{{location}}/reservations` of {report.Quantity} unit(s) to the API on Kestrel at 127.0.0.1 in the same process (channel key, an Idempotency-Key per request, the whole pipeline); every acceptance durable before it is acknowledged.")
            : string.Create(CultureInfo.InvariantCulture, $"{report.MeasuredAt:yyyy-MM-dd HH:mm} UTC, {report.Machine}. Stock {report.Stock:N0}; {report.Buyers} in-process buyers x {report.RequestsPerBuyer:N0} requests of {report.Quantity} unit(s); every acceptance durable before it is acknowledged.");
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Flash sale on {report.Storage}{(http ? " through the HTTP API" : string.Empty)}")
            .AppendLine()
            .AppendLine(setting)
            .AppendLine()
            .AppendLine("| system | accepted | accepted/s while selling | rejected/s once sold out | requests/s overall | p50 ms | p99 ms | max ms | oversold units | lost acks | allocated B/request |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var system in new[] { report.Grid, report.Baseline })
        {
            if (system is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {system.System} | {system.Accepted:N0} | {system.AcceptedPerSec:N0} | {system.RejectionsPerSecAfterSoldOut:N0} | {system.ThroughputPerSec:N0} | {system.P50Ms:F2} | {system.P99Ms:F2} | {system.MaxMs:F2} | {system.OversoldUnits} | {system.LostAcks} | {system.AllocatedBytesPerRequest:N0} |");
            }
        }

        foreach (var run in report.KestrelBaseline?.Runs ?? [])
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {report.KestrelBaseline!.System} (no Grid), {run.Run} | | | | {run.RequestsPerSec:N0} | {run.P50Ms:F2} | {run.P99Ms:F2} | {run.MaxMs:F2} | | | {run.AllocatedBytesPerRequest:N0} |");
        }

        text.AppendLine().AppendLine("Allocated B/request: the whole process's managed allocation during the run (its buyers, and subscribers if any, included) per request.");
        var collections = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{report.Grid.System} {report.Grid.Gc}, {report.Grid.CpuMicrosPerRequest:N1} µs of processor per request") };
        collections.AddRange((report.KestrelBaseline?.Runs ?? []).Select(run =>
            string.Create(CultureInfo.InvariantCulture, $"{report.KestrelBaseline!.System} {run.Run} {run.Gc}, {run.CpuMicrosPerRequest:N1} µs")));
        text.AppendLine().AppendLine($"Garbage collection and processor time during the runs (the whole process): {string.Join("; ", collections)}.");
        if (report.AcceptedRateVersusBaseline is { } ratio)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Grid accepted reservations at {ratio:F1}x the baseline's rate in the same run.");
        }

        if (report.KestrelBaseline is { } minimal)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Grid answered reservation requests (accepted or sold out) at {minimal.HttpReservationsToMinimalKestrel:F2}x the requests/s of a minimal Kestrel endpoint (`app.MapPost(\"/minimal\", () => Results.Ok())`, same buyers, headers and body size, same process), {minimal.RequestsPerSec:N0}/s as the mean of its runs just before and just after Grid's sale in the same run; the target is {HttpTarget:F1}x or more.");
        }

        if (report.UnexpectedAnswers is { } unexpected)
        {
            text.AppendLine().AppendLine($"Answers other than 200 or 409 `insufficient_stock`: {unexpected}.");
        }

        if (report.SubscribersCorrect is { } correct)
        {
            text.AppendLine()
                .AppendLine("## Availability subscribers")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture,
                    $"{report.Subscribers:N0} SSE connections to `GET /v1/availability/stream` (the whole channel) with the channel key, opened before the warm-up and held through it and the sale, read by one epoll thread. Propagation is the time a subscriber received an event minus its `at` (when the change became durable, same process so the same clock), over every event every subscriber received from the start of the sale.")
                .AppendLine()
                .AppendLine("| subscribers | streaming at the end | ended on the final availability | events received | propagation p50 ms | p99 ms | max ms | silo heap per 1,000 subscribers | settled after |")
                .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
                .AppendLine(CultureInfo.InvariantCulture,
                    $"| {report.Subscribers:N0} | {report.SubscribersStreaming:N0} | {correct:N0} | {report.SubscriberEvents:N0} | {report.PropagationP50Ms:F2} | {report.PropagationP99Ms:F2} | {report.PropagationMaxMs:F2} | {report.MemoryPer1000SubscribersBytes / 1024.0 / 1024.0:F2} MiB | {report.SubscribersSettledAfterSec:F2} s |")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture,
                    $"Silo heap per 1,000 subscribers: managed heap after a full GC with the subscribers connected minus before, less the subscribers' own client side ({report.ClientMemoryPer1000SubscribersBytes / 1024.0 / 1024.0:F2} MiB per 1,000, measured alone against a listener that never accepts), scaled to 1,000.");
            if (report.SubscribersNote is { } failures)
            {
                text.AppendLine().AppendLine($"Subscribers that failed: {failures}.");
            }
        }
        else if (report.SubscribersNote is { } note)
        {
            text.AppendLine().AppendLine($"No availability subscribers: {note}.");
        }

        return text.ToString();
    }
}
