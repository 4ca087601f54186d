using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Runtime.Testing;

namespace Grid.Grains.Tests.Testing;

/// <summary>
/// A small retail world on a test cluster: stores north to south along one street (1 km apart), a distribution centre
/// further out, channels "web" (ship or pick up, holds at checkout), "app" (holds at add to cart) and "store" (stores only).
/// </summary>
internal sealed class RetailWorld
{
    public static readonly GeoPoint Home = GeoPoint.Create(41.880, -87.630);

    private RetailWorld(TestCluster cluster)
    {
        Cluster = cluster;
    }

    public TestCluster Cluster { get; }

    /// <summary>store-1 is nearest Home, store-4 farthest; dc-1 is 30 km away.</summary>
    public static IReadOnlyList<LocationProfile> Locations { get; } =
    [
        Store("store-1", 0.009, LocationCapabilities.ShipFrom | LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns),
        Store("store-2", 0.018, LocationCapabilities.ShipFrom | LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns),
        Store("store-3", 0.027, LocationCapabilities.ShipFrom | LocationCapabilities.Pickup),
        Store("store-4", 0.036, LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns),
        new(LocationId.Parse("dc-1"), "DC 1", LocationKind.DistributionCentre, GeoPoint.Create(41.880 + 0.27, -87.630), LocationCapabilities.ShipFrom, 5_000, true),
    ];

    public static async Task<RetailWorld> StartAsync(int siloCount = 1)
    {
        var cluster = await GrainsCluster.StartAsync(siloCount: siloCount);
        var world = new RetailWorld(cluster);
        foreach (var location in Locations)
        {
            var defined = await cluster.Client.GetGrain<ILocationGrain>(location.Id.Value).DefineAsync(location);
            Assert.True(defined.Accepted, defined.Detail);
        }

        var all = Locations.Select(l => l.Id).ToArray();
        await world.DefineChannelAsync(new ChannelProfile(ChannelId.Parse("web"), "Web shop", all, 0, ReservePolicy.AtCheckout, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15), 3));
        await world.DefineChannelAsync(new ChannelProfile(ChannelId.Parse("app"), "App", all, 0, ReservePolicy.AtAddToCart, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15), 3));
        await world.DefineChannelAsync(new ChannelProfile(ChannelId.Parse("store"), "Store tills", [.. all.Where(id => id.Value.StartsWith("store", StringComparison.Ordinal))], 0, ReservePolicy.AtCheckout, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15), 1));
        return world;
    }

    public async Task DefineChannelAsync(ChannelProfile profile)
    {
        var defined = await Cluster.Client.GetGrain<IChannelGrain>(profile.Id.Value).DefineAsync(profile);
        Assert.True(defined.Accepted, defined.Detail);
    }

    public IInventoryGrain Inventory(string sku, string location) => Cluster.Client.GetGrain<IInventoryGrain>($"{sku}@{location}");

    public async Task StockAsync(string sku, string location, long units)
    {
        var set = await Inventory(sku, location).SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse($"stock:{sku}:{location}:{units}"), units, "test stock"));
        Assert.True(set.Accepted, set.Error.ToString());
    }

    public async Task<AvailabilitySnapshot> AvailabilityAsync(string sku, string location) => await Inventory(sku, location).GetAvailabilityAsync();

    private static LocationProfile Store(string id, double north, LocationCapabilities capabilities) =>
        new(LocationId.Parse(id), id, LocationKind.Store, GeoPoint.Create(41.880 + north, -87.630), capabilities, 100, true);
}
