using Grid.Api.Streams;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Events;

namespace Grid.Api.Tests.Streams;

/// <summary>Channels, events and reading helpers for the feed tests.</summary>
internal static class FeedFixtures
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Fed by store-1 and store-2 (not store-9), keeping 2 units per SKU-location back.</summary>
    public static ChannelProfile Web(int safetyStock = 2, params string[] locations) =>
        new(
            ChannelId.Parse("web"),
            "Web shop",
            [.. (locations.Length == 0 ? new[] { "store-1", "store-2" } : locations).Select(location => LocationId.Parse(location))],
            safetyStock,
            ReservePolicy.AtCheckout,
            TimeSpan.FromMinutes(30),
            TimeSpan.FromMinutes(15),
            3);

    public static InventoryKey Key(string sku, string location) => new(SkuId.Parse(sku), LocationId.Parse(location));

    /// <summary>An availability change with the given available-to-sell and inventory sequence.</summary>
    public static AvailabilityChanged Changed(string sku, string location, long availableToSell, long sequence, DateTimeOffset at) =>
        new(Key(sku, location), new AvailabilitySnapshot(availableToSell, 0, 0, 0, availableToSell, sequence), at);

    /// <summary>Reads everything the subscription has now.</summary>
    public static List<AvailabilityEvent> Drain(this AvailabilitySubscription subscription)
    {
        var events = new List<AvailabilityEvent>();
        while (subscription.Reader.TryRead(out var availability))
        {
            events.Add(availability);
        }

        return events;
    }

    public static (string Sku, string Location, long Available) Value(this AvailabilityEvent availability) =>
        (availability.Sku, availability.Location, availability.Available);
}
