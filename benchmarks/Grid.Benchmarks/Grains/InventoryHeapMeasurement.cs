using System.Globalization;
using System.Text;
using Grid.Benchmarks.Runtime;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Runtime.Storage;

namespace Grid.Benchmarks.Grains;

/// <summary>
/// Activates 1,000,000 inventory grains, each with stock and three open reservations, and reports the managed heap they
/// retain per grain after a full blocking collection. Storage discards writes, so the heap holds grains, not a database.
/// </summary>
internal static class InventoryHeapMeasurement
{
    public const string Command = "inventory-heap";
    private const int ReservationsPerGrain = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var output = args.Length > 2 ? args[2] : Path.Combine("benchmarks", "results", "inventory-heap.md");

        // "sqlite" keeps state and reminders on disk, so the silo's reminder schedule is counted too (slower to fill).
        var withReminders = args.Length > 3 && args[3] == "sqlite";
        var directory = withReminders ? Directory.CreateTempSubdirectory("grid-heap-").FullName : null;
        IGrainStorage storage = withReminders
            ? new SqliteGrainStorage(Path.Combine(directory!, "grid.db"), TimeProvider.System)
            : new DiscardingStorage();
        await using var silo = await BenchSilo.StartAsync(storage, grains: true);
        var keys = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"sku-{i:D7}@store-1")).ToArray();
        var web = ChannelId.Parse("web");
        var stockKey = IdempotencyKey.Parse("stock");
        var reservationIds = Enumerable.Range(0, ReservationsPerGrain).Select(r => ReservationId.Parse($"r{r}")).ToArray();
        var reservationKeys = Enumerable.Range(0, ReservationsPerGrain).Select(r => IdempotencyKey.Parse($"k{r}")).ToArray();
        var before = HeapMeter.Settled();

        await HeapMeter.FillAsync(count, i => FillAsync(silo.Grains.GetGrain<IInventoryGrain>(keys[i])));
        var after = HeapMeter.Settled();
        var grains = silo.Silo.ActivationCount;
        var perGrain = (after - before) / (double)grains;
        var report = new StringBuilder()
            .AppendLine("# Managed heap per inventory grain")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project benchmarks/Grid.Benchmarks -- {Command}`, .NET {Environment.Version}, {Environment.ProcessorCount} cores.")
            .AppendLine()
            .AppendLine("| storage | inventory grains | open reservations each | heap before (MB) | heap after (MB) | bytes per grain |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(CultureInfo.InvariantCulture, $"| {storage.Kind} | {grains:N0} | {ReservationsPerGrain} | {before / 1e6:F1} | {after / 1e6:F1} | {perGrain:F0} |")
            .AppendLine()
            .AppendLine("Each grain holds its ledger (on hand, three reservations, four idempotency records, the expiry index), its journaled state, its activation and catalog entry. Its holds expire in an hour, so no expiry timer is armed yet (a timer is armed within two minutes of the earliest expiry). Keys are allocated before the first reading.")
            .AppendLine()
            .AppendLine(withReminders
                ? $"State, journals and reminders are in a SQLite file, so the heap includes each grain's expiry reminder registration and the silo's reminder schedule, which keeps in memory only reminders due within its five-minute horizon ({silo.Silo.ScheduledReminderCount:N0} at the reading); the others wait in the table."
                : "Storage discards writes and keeps no reminders, so the heap holds neither a copy of the data nor a reminder schedule.")
            .ToString();
        Console.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report);
        GC.KeepAlive(keys);
        if (directory is not null)
        {
            await silo.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }

        return 0;

        async Task FillAsync(IInventoryGrain grain)
        {
            await grain.SetOnHandAsync(new SetOnHand(stockKey, 100, "count"));
            for (var r = 0; r < ReservationsPerGrain; r++)
            {
                await grain.ReserveAsync(new ReserveStock(reservationKeys[r], reservationIds[r], 1, web, "cart", TimeSpan.FromHours(1)));
            }
        }
    }
}
