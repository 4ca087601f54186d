using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>What to source: an order's lines, where they go, for which channel.</summary>
/// <param name="Order">The order.</param>
/// <param name="Channel">The channel it was placed on; only its locations are candidates.</param>
/// <param name="Method">Ship or pick up.</param>
/// <param name="ShipTo">The delivery address's position (ship orders).</param>
/// <param name="PickupStore">The store the customer chose (pick-up orders).</param>
/// <param name="Lines">The lines, one per SKU.</param>
/// <param name="Excluded">Locations not to use (they failed an earlier attempt of this order).</param>
/// <param name="Today">The day capacity is counted on and backorder promises start from.</param>
[GenerateSerializer]
public sealed record SourcingRequest(
    OrderId Order,
    ChannelId Channel,
    DeliveryMethod Method,
    GeoPoint? ShipTo,
    LocationId? PickupStore,
    IReadOnlyList<SourcingLine> Lines,
    IReadOnlyList<LocationId> Excluded,
    DateOnly Today);
