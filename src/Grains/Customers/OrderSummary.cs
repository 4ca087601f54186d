using Grid.Grains.Ids;
using Grid.Grains.Orders;
using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>A customer's order as the single view shows it; the order grain sends a new one after each change.</summary>
/// <param name="Order">The order.</param>
/// <param name="Channel">The channel it was placed on.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="Lines">Its lines (0 or more).</param>
/// <param name="Units">Units over all lines (0 or more).</param>
/// <param name="PlacedAt">When it was placed.</param>
/// <param name="UpdatedAt">When it last changed, not before <paramref name="PlacedAt"/>; an older summary never replaces a newer one.</param>
[GenerateSerializer]
public sealed record OrderSummary(OrderId Order, ChannelId Channel, OrderStatus Status, int Lines, int Units, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
