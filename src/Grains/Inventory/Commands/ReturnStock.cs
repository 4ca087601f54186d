using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Takes back returned units; resellable ones go back on hand, others are written off.</summary>
[GenerateSerializer]
public sealed record ReturnStock(IdempotencyKey Key, int Quantity, bool Resellable, string Reference) : IInventoryCommand;
