using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// An accepted command remembered by its key: its fingerprint (to reject a different payload), when it was accepted and
/// the expiry it set. A compact struct inline in the grain's dictionary, because a hot SKU remembers one per accepted
/// command; a replay reports the current availability beside the original decision and expiry. Times are UTC ticks;
/// ExpiresAtTicks is 0 when the command set no expiry.
/// </summary>
[GenerateSerializer]
public readonly record struct IdempotencyRecord(ulong Fingerprint, long AcceptedAtTicks, long ExpiresAtTicks)
{
    /// <summary>Remembers an accepted outcome.</summary>
    public static IdempotencyRecord Of(ulong fingerprint, DateTimeOffset acceptedAt, InventoryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(fingerprint, acceptedAt.UtcTicks, result.ExpiresAt?.UtcTicks ?? 0);
    }

    /// <summary>The outcome a replay returns: the first decision and expiry, marked as a replay, with availability now.</summary>
    public InventoryResult ToReplay(AvailabilitySnapshot availability) => new(
        InventoryError.None,
        availability,
        ExpiresAtTicks == 0 ? null : new DateTimeOffset(ExpiresAtTicks, TimeSpan.Zero),
        Replayed: true);
}
