using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// Units ring-fenced for one channel at one SKU-location: no other channel may take them. Used counts the channel's
/// open holds and allocations here, which draw on the pool first; what is left of the pool is max(0, Size − Used).
/// </summary>
[GenerateSerializer]
public readonly record struct ChannelPool(long Size, long Used)
{
    /// <summary>Units of the pool not yet held or allocated by its channel.</summary>
    public long Remaining => Math.Max(0, Size - Used);
}
