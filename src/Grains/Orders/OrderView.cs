using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>An order as its customer service sees it: lines, delivery, legs, the sourcing plan that chose them, and its history.</summary>
[GenerateSerializer]
public sealed record OrderView(
    OrderId Id,
    ChannelId Channel,
    CustomerId? Customer,
    OrderStatus Status,
    DeliveryMethod Method,
    GeoPoint? ShipTo,
    LocationId? PickupStore,
    IReadOnlyList<OrderLine> Lines,
    IReadOnlyList<OrderLeg> Legs,
    SourcingPlan? Plan,
    IReadOnlyList<OrderLine> Returned,
    IReadOnlyList<OrderEvent> History,
    DateTimeOffset PlacedAt);
