using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Storage;
using Grid.Runtime.Testing;

namespace Grid.Grains.Tests.Inventory;

/// <summary>Thousands of buyers hit one SKU-location at once: exactly the stock is accepted, on every provider.</summary>
public sealed class InventoryConcurrencyTests
{
    private const int Stock = 500;
    private const int Buyers = 3_000;

    [Fact]
    public async Task Reserve_ThousandsConcurrently_Memory_AcceptExactlyTheStock() =>
        await AssertExactlyStockAcceptedAsync(new MemoryGrainStorage());

    [Fact]
    public async Task Reserve_ThousandsConcurrently_Sqlite_AcceptExactlyTheStock()
    {
        var directory = Directory.CreateTempSubdirectory("grid-inventory-").FullName;
        try
        {
            await AssertExactlyStockAcceptedAsync(new SqliteGrainStorage(Path.Combine(directory, "grid.db"), TimeProvider.System));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Reserve_ThousandsConcurrently_PostgreSql_AcceptExactlyTheStock()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await AssertExactlyStockAcceptedAsync(new PostgresGrainStorage(postgres.ConnectionString));
    }

    private static async Task AssertExactlyStockAcceptedAsync(IGrainStorage storage)
    {
        await using (var cluster = await GrainsCluster.StartAsync(storage))
        {
            const string key = "hot-sku@store-1";
            var owner = cluster.SiloIndexOf<IInventoryGrain>(key);
            await cluster.Client.GetGrain<IInventoryGrain>(key).SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("count"), Stock, "flash sale stock"));

            // Buyers come through the client, the grain's own silo and the other silo at once.
            var calls = Enumerable.Range(0, Buyers).Select(i =>
            {
                var grains = (i % 3) switch
                {
                    0 => cluster.Client,
                    1 => cluster.Silos[owner].GrainFactory,
                    _ => cluster.Silos[1 - owner].GrainFactory,
                };
                var id = $"buyer-{i}";
                return grains.GetGrain<IInventoryGrain>(key)
                    .ReserveAsync(new ReserveStock(IdempotencyKey.Parse(id), ReservationId.Parse(id), 1, ChannelId.Parse("web"), id, TimeSpan.FromMinutes(10)))
                    .AsTask();
            }).ToArray();
            var results = await Task.WhenAll(calls).WaitAsync(GrainsCluster.Patience);

            Assert.Equal(Stock, results.Count(r => r.Accepted));
            Assert.All(results.Where(r => !r.Accepted), r => Assert.Equal(InventoryError.InsufficientStock, r.Error));
            var stored = await InventoryGrainTests.StoredAsync(storage, key);
            Assert.Equal(Stock, stored.Reserved);
            Assert.Equal(Stock, stored.Reservations.Count);
            Assert.Equal(0, (await cluster.Client.GetGrain<IInventoryGrain>(key).GetAvailabilityAsync()).AvailableToSell);
        }
    }
}
