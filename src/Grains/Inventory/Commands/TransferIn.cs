using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Receives units sent from another location.</summary>
[GenerateSerializer]
public sealed record TransferIn(IdempotencyKey Key, string Transfer, int Quantity, LocationId Origin) : IInventoryCommand;
