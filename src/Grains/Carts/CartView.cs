using Grid.Grains.Ids;
using Grid.Grains.Sourcing;
using Grid.Runtime;

namespace Grid.Grains.Carts;

/// <summary>A cart: its lines, the holds it keeps, when they run out, and the order it became.</summary>
[GenerateSerializer]
public sealed record CartView(
    CartId Id,
    ChannelId Channel,
    CustomerId? Customer,
    CartState State,
    IReadOnlyList<CartLine> Lines,
    IReadOnlyList<SourcedHold> Holds,
    DateTimeOffset ExpiresAt,
    OrderId? Order);
