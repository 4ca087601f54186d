using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// Stock of one SKU at one location at one moment. AvailableToSell = max(0, OnHand − Reserved − Allocated − SafetyStock);
/// Sequence counts the changes of AvailableToSell.
/// </summary>
[GenerateSerializer]
public readonly record struct AvailabilitySnapshot(long OnHand, long Reserved, long Allocated, long SafetyStock, long AvailableToSell, long Sequence);
