using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// The outcome of an inventory command: accepted (Error is None) or rejected with a reason, and the availability
/// after it. Replayed is true when the idempotency key had already been accepted: the decision and expiry are the first
/// ones, the availability is the current one.
/// </summary>
[GenerateSerializer]
public sealed record InventoryResult(InventoryError Error, AvailabilitySnapshot Availability, DateTimeOffset? ExpiresAt, bool Replayed)
{
    /// <summary>True when the command was applied.</summary>
    public bool Accepted => Error == InventoryError.None;
}
