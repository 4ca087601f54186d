using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// An accepted command remembered by its key: its fingerprint (to reject a different payload) and its outcome. A struct,
/// stored inline in the grain's dictionary: a hot SKU remembers one per accepted command.
/// </summary>
[GenerateSerializer]
public readonly record struct IdempotencyRecord(ulong Fingerprint, DateTimeOffset AcceptedAt, DateTimeOffset? ExpiresAt, AvailabilitySnapshot Availability)
{
    /// <summary>The outcome a replay returns.</summary>
    public InventoryResult ToReplay() => new(InventoryError.None, Availability, ExpiresAt, Replayed: true);
}
