using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Ring-fences units of this SKU-location for one channel (0 removes the pool); other channels can no longer take them.</summary>
[GenerateSerializer]
public sealed record SetPool(IdempotencyKey Key, ChannelId Channel, int Quantity) : IInventoryCommand;
