using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Records supply on its way, which counts toward available-to-promise from its date.</summary>
[GenerateSerializer]
public sealed record ExpectInbound(IdempotencyKey Key, string Supply, int Quantity, DateOnly ExpectedOn) : IInventoryCommand;
