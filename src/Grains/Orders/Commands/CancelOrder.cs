using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Orders.Commands;

/// <summary>Cancels an order that has not shipped; its allocations are released. Reason: 1 to 200 characters.</summary>
[GenerateSerializer]
public sealed record CancelOrder(IdempotencyKey Key, string Reason);
