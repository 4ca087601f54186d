using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Cancels allocated units of an order back to available-to-sell.</summary>
[GenerateSerializer]
public sealed record ReleaseAllocation(IdempotencyKey Key, OrderId Order, int Quantity) : IInventoryCommand;
