using Grid.Grains.Locations;
using Grid.Grains.Orders;
using Grid.Grains.Tests.Testing;

namespace Grid.Grains.Tests.Orders;

/// <summary>
/// Many orders race for scarce stock at once, so the availability they were sourced on is often gone when they reserve:
/// legs fail, the saga releases what it took and sources again. Whatever happens, no hold leaks and every allocation
/// belongs to a sourced order.
/// </summary>
public sealed class ReservationSagaPropertyTests
{
    private static readonly string[] Skus = ["tee", "cap", "mug"];
    private static readonly string[] Stores = ["store-1", "store-2", "store-3", "dc-1"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task ConcurrentOrders_ScarceStock_NoHoldLeaksAndAllocationsMatchSourcedOrders(int seed)
    {
        var random = new Random(seed);
        var world = await RetailWorld.StartAsync(siloCount: 2);
        await using var cluster = world.Cluster;
        var stock = new Dictionary<(string Sku, string Location), int>();
        foreach (var sku in Skus)
        {
            foreach (var location in Stores)
            {
                var units = random.Next(0, 4);
                stock[(sku, location)] = units;
                await world.StockAsync(sku, location, units);
            }
        }

        var orders = Enumerable.Range(0, 24).Select(i =>
        {
            var lines = Skus.Where(_ => random.Next(2) == 0).Select(sku => (sku, random.Next(1, 4))).ToArray();
            return (Id: $"race-{seed}-{i}", Command: OrderFlowTests.Ship($"k{i}", lines.Length == 0 ? [("tee", 1)] : lines));
        }).ToList();

        var results = await Task.WhenAll(orders.Select(o => cluster.Client.GetGrain<IOrderGrain>(o.Id).PlaceAsync(o.Command).AsTask()));

        var allocated = new Dictionary<(string, string), int>();
        foreach (var result in results.Where(r => r.Accepted))
        {
            var order = result.Order!;
            Assert.Equal(OrderStatus.Sourced, order.Status);
            foreach (var line in order.Lines)
            {
                Assert.Equal(line.Quantity, order.Legs.Where(l => l.Status == LegStatus.Allocated).SelectMany(l => l.Lines).Where(l => l.Sku == line.Sku).Sum(l => l.Quantity));
            }

            foreach (var leg in order.Legs.Where(l => l.Status == LegStatus.Allocated))
            {
                foreach (var line in leg.Lines)
                {
                    allocated[(line.Sku.Value, leg.Location.Value)] = allocated.GetValueOrDefault((line.Sku.Value, leg.Location.Value)) + line.Quantity;
                }
            }
        }

        Assert.All(results.Where(r => !r.Accepted), r => Assert.Equal(OrderError.NotSourceable, r.Error));
        foreach (var ((sku, location), units) in stock)
        {
            var availability = await world.AvailabilityAsync(sku, location);
            Assert.Equal(0, availability.Reserved);
            Assert.Equal(units, availability.OnHand);
            Assert.Equal(allocated.GetValueOrDefault((sku, location)), availability.Allocated);
            Assert.Empty(await world.Inventory(sku, location).GetReservationsAsync());
        }

        foreach (var location in Stores)
        {
            var sourcedThere = results.Count(r => r.Accepted && r.Order!.Legs.Any(l => l.Location.Value == location && l.Status == LegStatus.Allocated));
            Assert.Equal(sourcedThere, (await cluster.Client.GetGrain<ILocationGrain>(location).GetStatusAsync())!.OrdersTaken);
        }

        Assert.Contains(results, r => r.Accepted);
    }
}
