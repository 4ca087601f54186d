using Grid.Grains.Inventory;

namespace Grid.Api.Streams;

/// <summary>A change of what a channel may sell of one SKU at one location, numbered by its feed.</summary>
internal readonly record struct AvailabilityChange(long Sequence, InventoryKey Key, long Available, DateTimeOffset At);
