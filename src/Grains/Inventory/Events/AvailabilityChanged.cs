using Grid.Runtime;

namespace Grid.Grains.Inventory.Events;

/// <summary>Available-to-sell of one SKU at one location changed; Availability.Sequence orders the stream.</summary>
[GenerateSerializer]
public sealed record AvailabilityChanged(InventoryKey Key, AvailabilitySnapshot Availability, DateTimeOffset At);
