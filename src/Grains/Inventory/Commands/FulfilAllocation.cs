using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Ships allocated units: on hand and the order's allocation both go down.</summary>
[GenerateSerializer]
public sealed record FulfilAllocation(IdempotencyKey Key, OrderId Order, int Quantity) : IInventoryCommand;
