using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>What a channel with a ring-fenced pool may sell at one SKU-location: its pool's remainder plus the general availability.</summary>
[GenerateSerializer]
[Immutable]
public sealed record PoolAvailability(ChannelId Channel, long Size, long AvailableToSell);
