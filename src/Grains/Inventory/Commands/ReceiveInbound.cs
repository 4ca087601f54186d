using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Receives (part of) an expected supply: on hand goes up, the expected quantity down.</summary>
[GenerateSerializer]
public sealed record ReceiveInbound(IdempotencyKey Key, string Supply, int Quantity) : IInventoryCommand;
