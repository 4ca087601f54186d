namespace Grid.Contracts.Inventory;

/// <summary>Stock of one SKU at one location, as ops see it.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="OnHand">Units physically there.</param>
/// <param name="Reserved">Units held by reservations.</param>
/// <param name="Allocated">Units committed to orders, not yet shipped.</param>
/// <param name="SafetyStock">Units never sold.</param>
/// <param name="AvailableToSell">max(0, on hand − reserved − allocated − safety stock − what pools still ring-fence): what a channel without a pool may sell.</param>
/// <param name="Sequence">Counts the changes of what any channel may sell.</param>
/// <param name="Pools">Units ring-fenced per channel, with what that channel may sell; empty when there are none.</param>
public sealed record StockLevels(string Sku, string Location, long OnHand, long Reserved, long Allocated, long SafetyStock, long AvailableToSell, long Sequence, IReadOnlyList<PoolLevels> Pools);
