namespace Grid.Grains.SampleData;

/// <summary>What a sample data load defined and set.</summary>
/// <param name="Seed">The seed of the set loaded.</param>
/// <param name="Locations">Locations defined.</param>
/// <param name="Channels">Channels defined.</param>
/// <param name="Customers">Customers registered.</param>
/// <param name="Skus">SKUs in the set.</param>
/// <param name="StockLevels">SKU-locations whose on hand was set.</param>
/// <param name="SafetyStocks">SKU-locations whose safety stock was set.</param>
/// <param name="InboundSupplies">Inbound supplies expected.</param>
/// <param name="InventoryUnchanged">
/// Inventory commands an earlier load had already applied (replayed by their idempotency key, or the supply already
/// expected): all of them when the same set is loaded twice.
/// </param>
public sealed record SampleDataLoadResult(
    int Seed,
    int Locations,
    int Channels,
    int Customers,
    int Skus,
    int StockLevels,
    int SafetyStocks,
    int InboundSupplies,
    int InventoryUnchanged);
