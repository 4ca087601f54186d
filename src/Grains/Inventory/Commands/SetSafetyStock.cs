using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Sets the units held back from sale at this location.</summary>
[GenerateSerializer]
public sealed record SetSafetyStock(IdempotencyKey Key, int Quantity) : IInventoryCommand;
