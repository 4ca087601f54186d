using Grid.Runtime;

namespace Grid.Grains.Inventory.Events;

/// <summary>
/// Available-to-sell of one SKU at one location changed; Availability.Sequence orders the stream. As published by the
/// inventory grain, At is when the change became durable (the ledger raises it with the command's time).
/// </summary>
[GenerateSerializer]
public sealed record AvailabilityChanged(InventoryKey Key, AvailabilitySnapshot Availability, DateTimeOffset At);
