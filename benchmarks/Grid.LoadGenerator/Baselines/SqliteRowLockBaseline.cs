using Grid.LoadGenerator.Scenarios;
using Microsoft.Data.Sqlite;

namespace Grid.LoadGenerator.Baselines;

/// <summary>
/// The conventional design on SQLite with Grid's durability (WAL, synchronous=FULL): per reservation one immediate
/// transaction doing the guarded UPDATE and the INSERT, one connection and prepared statements per buyer.
/// </summary>
internal static class SqliteRowLockBaseline
{
    public static async Task<SystemResult> RunAsync(LoadOptions options, string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString();
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync().ConfigureAwait(false);
            await using var command = setup.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE flash_stock (sku TEXT NOT NULL, location TEXT NOT NULL, on_hand INTEGER NOT NULL, reserved INTEGER NOT NULL, PRIMARY KEY (sku, location));
                CREATE TABLE flash_reservation (id TEXT PRIMARY KEY, sku TEXT NOT NULL, location TEXT NOT NULL, quantity INTEGER NOT NULL, channel TEXT NOT NULL);
                INSERT INTO flash_stock VALUES ('flash', 'store-1', $stock, 0);
                """;
            command.Parameters.AddWithValue("$stock", options.Warmup().Stock);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var buyers = Enumerable.Range(0, options.Buyers).Select(_ => new SqliteBuyer(connectionString, options.Quantity)).ToArray();
        var run = new BuyerRun(options);
        RunMeasurement measurement;
        try
        {
            var warmup = options.Warmup();
            await new BuyerRun(warmup).RunAsync("warm-up", (buyer, request) => ValueTask.FromResult(buyers[buyer].Reserve(BuyerRun.ReservationId(buyer, request)))).ConfigureAwait(false);
            await using (var reset = new SqliteConnection(connectionString))
            {
                await reset.OpenAsync().ConfigureAwait(false);
                await using var command = reset.CreateCommand();
                command.CommandText = "DELETE FROM flash_reservation; UPDATE flash_stock SET on_hand = $stock, reserved = 0;";
                command.Parameters.AddWithValue("$stock", options.Stock);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            measurement = await run.RunAsync("baseline", (buyer, request) => ValueTask.FromResult(buyers[buyer].Reserve(BuyerRun.ReservationId(buyer, request)))).ConfigureAwait(false);
        }
        finally
        {
            foreach (var buyer in buyers)
            {
                buyer.Dispose();
            }
        }

        await using var check = new SqliteConnection(connectionString);
        await check.OpenAsync().ConfigureAwait(false);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = check.CreateCommand())
        {
            read.CommandText = "SELECT id FROM flash_reservation";
            await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                stored.Add(reader.GetString(0));
            }
        }

        await using var overcommit = check.CreateCommand();
        overcommit.CommandText = "SELECT reserved - on_hand FROM flash_stock";
        var overcommitted = (long)(await overcommit.ExecuteScalarAsync().ConfigureAwait(false))!;
        var lost = run.Acknowledged.LongCount(id => !stored.Contains(id));
        var oversold = Math.Max(Math.Max(0, measurement.AcceptedUnits - options.Stock), overcommitted);
        return new SystemResult("sqlite row lock", measurement, oversold, lost);
    }
}
