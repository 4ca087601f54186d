using System.Globalization;
using System.Text;
using System.Text.Json;
using Grid.LoadGenerator.Scenarios;

namespace Grid.LoadGenerator.Reporting;

/// <summary>Builds the report and writes it as JSON and as a readable Markdown file beside it.</summary>
internal static class ReportWriter
{
    public static FlashSaleReport Build(LoadOptions options, SystemResult grid, SystemResult? baseline)
    {
        var gridReport = ToReport(grid);
        var baselineReport = baseline is null ? null : ToReport(baseline);
        return new FlashSaleReport(
            options.Scenario,
            options.Storage,
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
            Math.Round(m.MaxMs, 3));
    }

    private static string Readable(FlashSaleReport report)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Flash sale on {report.Storage}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{report.MeasuredAt:yyyy-MM-dd HH:mm} UTC, {report.Machine}. Stock {report.Stock:N0}; {report.Buyers} in-process buyers x {report.RequestsPerBuyer:N0} requests of {report.Quantity} unit(s); every acceptance durable before it is acknowledged.")
            .AppendLine()
            .AppendLine("| system | accepted | accepted/s while selling | rejected/s once sold out | requests/s overall | p50 ms | p99 ms | max ms | oversold units | lost acks |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var system in new[] { report.Grid, report.Baseline })
        {
            if (system is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {system.System} | {system.Accepted:N0} | {system.AcceptedPerSec:N0} | {system.RejectionsPerSecAfterSoldOut:N0} | {system.ThroughputPerSec:N0} | {system.P50Ms:F2} | {system.P99Ms:F2} | {system.MaxMs:F2} | {system.OversoldUnits} | {system.LostAcks} |");
            }
        }

        if (report.AcceptedRateVersusBaseline is { } ratio)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Grid accepted reservations at {ratio:F1}x the baseline's rate in the same run.");
        }

        return text.ToString();
    }
}
