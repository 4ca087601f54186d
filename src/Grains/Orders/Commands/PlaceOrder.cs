using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using Grid.Runtime;

namespace Grid.Grains.Orders.Commands;

/// <summary>Places an order: its lines are sourced (or its holds, taken at checkout, committed) into allocations.</summary>
/// <param name="Key">Idempotency key: a replay returns the order as it is.</param>
/// <param name="Channel">The channel it is placed on.</param>
/// <param name="Customer">The customer, for the single view; null for a guest.</param>
/// <param name="Method">Ship or pick up.</param>
/// <param name="ShipTo">Where a ship order goes.</param>
/// <param name="PickupStore">Where a pick-up order is collected.</param>
/// <param name="Lines">1 to 100 lines with distinct SKUs, 1 to 1,000,000 units each.</param>
/// <param name="Holds">Holds taken at checkout to commit; lines they do not cover are sourced.</param>
[GenerateSerializer]
public sealed record PlaceOrder(
    IdempotencyKey Key,
    ChannelId Channel,
    CustomerId? Customer,
    DeliveryMethod Method,
    GeoPoint? ShipTo,
    LocationId? PickupStore,
    IReadOnlyList<OrderLine> Lines,
    IReadOnlyList<SourcedHold>? Holds);
