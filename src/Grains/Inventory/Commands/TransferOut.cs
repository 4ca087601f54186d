using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Sends units to another location; only units available to sell can leave.</summary>
[GenerateSerializer]
public sealed record TransferOut(IdempotencyKey Key, string Transfer, int Quantity, LocationId Destination) : IInventoryCommand;
