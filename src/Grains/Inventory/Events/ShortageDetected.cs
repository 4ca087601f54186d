using Grid.Runtime;

namespace Grid.Grains.Inventory.Events;

/// <summary>
/// A physical event left on hand below what is committed. Shortfall is the missing units; the named reservations and
/// allocations are the ones on hand no longer covers (allocations are covered first, oldest reservations next).
/// </summary>
[GenerateSerializer]
public sealed record ShortageDetected(
    InventoryKey Key,
    long Shortfall,
    IReadOnlyList<string> AffectedReservations,
    IReadOnlyList<string> AffectedAllocations,
    AvailabilitySnapshot Availability,
    DateTimeOffset At);
