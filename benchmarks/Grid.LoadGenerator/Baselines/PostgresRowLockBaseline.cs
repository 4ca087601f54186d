using Grid.LoadGenerator.Scenarios;
using Npgsql;

namespace Grid.LoadGenerator.Baselines;

/// <summary>
/// The conventional design, written as well as it can be: per reservation one transaction doing
/// <c>UPDATE stock SET reserved = reserved + n WHERE ... AND on_hand - reserved >= n</c> and inserting the reservation
/// row, over pooled connections (one held per buyer) with prepared statements, synchronous_commit on.
/// </summary>
internal static class PostgresRowLockBaseline
{
    private const string Schema = """
        DROP TABLE IF EXISTS flash_reservation;
        DROP TABLE IF EXISTS flash_stock;
        CREATE TABLE flash_stock (sku text NOT NULL, location text NOT NULL, on_hand bigint NOT NULL, reserved bigint NOT NULL, PRIMARY KEY (sku, location));
        CREATE TABLE flash_reservation (id text PRIMARY KEY, sku text NOT NULL, location text NOT NULL, quantity int NOT NULL, channel text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
        """;

    public static async Task<SystemResult> RunAsync(LoadOptions options, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Math.Max(options.Buyers + 4, 100), Pooling = true };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await using (var setup = dataSource.CreateCommand(Schema))
        {
            await setup.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var warmup = options.Warmup();
        await using (var stock = dataSource.CreateCommand("INSERT INTO flash_stock VALUES ('flash', 'store-1', $1, 0)"))
        {
            stock.Parameters.AddWithValue(warmup.Stock);
            await stock.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var buyers = new PostgresBuyer[options.Buyers];
        for (var i = 0; i < buyers.Length; i++)
        {
            buyers[i] = await PostgresBuyer.OpenAsync(dataSource, options.Quantity).ConfigureAwait(false);
        }

        var run = new BuyerRun(options);
        RunMeasurement measurement;
        try
        {
            // The same warm-up as Grid's, then a fresh table for the measured sale.
            await new BuyerRun(warmup).RunAsync("warm-up", (buyer, request) => buyers[buyer].ReserveAsync(BuyerRun.ReservationId(buyer, request))).ConfigureAwait(false);
            await using (var truncate = dataSource.CreateCommand("TRUNCATE flash_reservation"))
            {
                await truncate.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await using (var reset = dataSource.CreateCommand("UPDATE flash_stock SET on_hand = $1, reserved = 0"))
            {
                reset.Parameters.AddWithValue(options.Stock);
                await reset.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            measurement = await run.RunAsync("baseline", (buyer, request) => buyers[buyer].ReserveAsync(BuyerRun.ReservationId(buyer, request))).ConfigureAwait(false);
        }
        finally
        {
            foreach (var buyer in buyers)
            {
                await buyer.DisposeAsync().ConfigureAwait(false);
            }
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = dataSource.CreateCommand("SELECT id FROM flash_reservation"))
        await using (var reader = await read.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                stored.Add(reader.GetString(0));
            }
        }

        long overcommitted;
        await using (var check = dataSource.CreateCommand("SELECT reserved - on_hand FROM flash_stock"))
        {
            overcommitted = (long)(await check.ExecuteScalarAsync().ConfigureAwait(false))!;
        }

        var lost = run.Acknowledged.LongCount(id => !stored.Contains(id));
        var oversold = Math.Max(Math.Max(0, measurement.AcceptedUnits - options.Stock), overcommitted);
        return new SystemResult("postgresql row lock", measurement, oversold, lost);
    }
}
