namespace Grid.Contracts.Inventory;

/// <summary>A channel's ring-fenced pool at one SKU-location.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Size">Units ring-fenced for it.</param>
/// <param name="AvailableToSell">What the channel may sell there: its pool's remainder plus the general availability.</param>
public sealed record PoolLevels(string Channel, long Size, long AvailableToSell);
