using Grid.Grains.Inventory;

namespace Grid.Api.Streams;

/// <summary>A feed's current knowledge of one SKU-location; changed only under the feed's lock.</summary>
internal sealed class FeedEntry(InventoryKey key)
{
    public InventoryKey Key { get; } = key;

    /// <summary>The location's available-to-sell, before the channel's safety stock.</summary>
    public long AvailableToSell { get; set; }

    /// <summary>The inventory's sequence of <see cref="AvailableToSell"/>; older events are ignored.</summary>
    public long SourceSequence { get; set; } = -1;

    /// <summary>What the channel may sell.</summary>
    public long Available { get; set; }

    /// <summary>The feed sequence of the last change of <see cref="Available"/>.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public AvailabilityChange ToChange() => new(Sequence, Key, Available, At);
}
