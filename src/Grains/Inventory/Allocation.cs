using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>Units committed to an order: no longer available to sell, still on hand until shipped.</summary>
[GenerateSerializer]
public sealed record Allocation(OrderId Order, long Quantity, ChannelId Channel);
