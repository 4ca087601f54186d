using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>A physical change of on hand: a till sale or shrink (negative), a find (positive).</summary>
[GenerateSerializer]
public sealed record AdjustStock(IdempotencyKey Key, int Delta, string Reason) : IInventoryCommand;
