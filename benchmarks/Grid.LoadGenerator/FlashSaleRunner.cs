using System.Globalization;
using Grid.LoadGenerator.Baselines;
using Grid.LoadGenerator.Reporting;
using Grid.LoadGenerator.Scenarios;
using Grid.Runtime.Storage;
using Grid.Runtime.Testing;

namespace Grid.LoadGenerator;

/// <summary>
/// Runs the flash sale on Grid, then the baseline with the same buyers, storage and durability; through the HTTP API,
/// between two runs of the minimal Kestrel endpoint.
/// </summary>
internal static class FlashSaleRunner
{
    public static async Task<FlashSaleReport> RunAsync(LoadOptions options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"flash-sale: stock {options.Stock:N0}, {options.Buyers} buyers x {options.RequestsPerBuyer:N0} requests of {options.Quantity} unit(s), storage {options.Storage}, via {options.Via}{(options.ViaHttpApi ? $", {options.Subscribers:N0} subscribers" : string.Empty)}"));

        PostgresServer? server = null;
        var directory = options.Storage == "sqlite" ? Directory.CreateTempSubdirectory("grid-flash-sale-").FullName : null;
        try
        {
            var connectionString = options.ConnectionString;
            if (options.Storage == "postgres" && connectionString is null)
            {
                Console.WriteLine("starting a throwaway PostgreSQL server (synchronous_commit=on)...");
                server = await PostgresServer.StartAsync().ConfigureAwait(false);
                connectionString = server.ConnectionString;
            }

            Func<IGrainStorage> createStorage = options.Storage == "postgres"
                ? () => new PostgresGrainStorage(connectionString!)
                : () => new SqliteGrainStorage(Path.Combine(directory!, "grid.db"), TimeProvider.System);
            HttpSaleResult? http = null;
            List<(string Run, SystemResult Result)>? minimalKestrel = null;
            SystemResult grid;
            if (options.ViaHttpApi)
            {
                // The minimal endpoint is measured right before and right after Grid's sale and compared as the mean: a
                // machine whose speed drifts during the run then moves both sides of the ratio alike.
                var minimal = await MinimalKestrelBaseline.StartAsync(options).ConfigureAwait(false);
                await using (minimal.ConfigureAwait(false))
                {
                    minimalKestrel = [("before", await minimal.MeasureAsync("before").ConfigureAwait(false))];
                    PrintRequests(minimalKestrel[^1].Result);
                    http = await HttpFlashSale.RunAsync(options, createStorage, directory ?? Path.GetTempPath()).ConfigureAwait(false);
                    grid = http.Grid;
                    Print(grid);
                    minimalKestrel.Add(("after", await minimal.MeasureAsync("after").ConfigureAwait(false)));
                    PrintRequests(minimalKestrel[^1].Result);
                }
            }
            else
            {
                grid = await GridFlashSale.RunAsync(options, createStorage).ConfigureAwait(false);
                Print(grid);
            }

            SystemResult? baseline = null;
            if (!options.SkipBaseline)
            {
                // The row-lock buyers block threads (SQLite's driver is synchronous underneath; a buyer waits on the row
                // lock), so the pool gets a thread per buyer at once. Grid's own runs above leave the pool alone: on two
                // cores, hundreds of eager threads only spin and switch.
                ThreadPool.GetMinThreads(out var workers, out var io);
                ThreadPool.SetMinThreads(Math.Max(workers, options.Buyers + 16), io);
                baseline = options.Storage == "postgres"
                    ? await PostgresRowLockBaseline.RunAsync(options, connectionString!).ConfigureAwait(false)
                    : await SqliteRowLockBaseline.RunAsync(options, Path.Combine(directory!, "baseline.db")).ConfigureAwait(false);
                Print(baseline);
            }

            return ReportWriter.Build(options, grid, baseline, http, minimalKestrel);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            if (directory is not null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static void PrintRequests(SystemResult result)
    {
        var m = result.Measurement;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.System}: {m.Requests:N0} requests in {m.Elapsed.TotalSeconds:F2} s ({m.Requests / m.Elapsed.TotalSeconds:N0}/s), {m.Rejected:N0} not 200; p50 {m.P50Ms:F2} ms, p99 {m.P99Ms:F2} ms, max {m.MaxMs:F2} ms; {m.AllocatedBytes / Math.Max(1, m.Requests):N0} B allocated and {m.CpuMicrosPerRequest:N1} µs of processor per request; {GcReport.Of(m.Gc)}"));
    }

    private static void Print(SystemResult result)
    {
        var m = result.Measurement;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.System}: {m.Accepted:N0} accepted ({m.Accepted / (m.SoldOutAfter ?? m.Elapsed).TotalSeconds:N0}/s while selling), {m.Rejected:N0} rejected in {m.Elapsed.TotalSeconds:F2} s; p50 {m.P50Ms:F2} ms, p99 {m.P99Ms:F2} ms, max {m.MaxMs:F2} ms; {m.AllocatedBytes / Math.Max(1, m.Requests):N0} B allocated and {m.CpuMicrosPerRequest:N1} µs of processor per request; {GcReport.Of(m.Gc)}; oversold {result.OversoldUnits}, lost acks {result.LostAcks}"));
    }
}
