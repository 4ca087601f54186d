using Grid.Grains.Ids;
using Grid.Grains.Inventory;

namespace Grid.Grains.SampleData;

/// <summary>A SKU ranged at a location: its counted on hand and the units held back from sale there.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="OnHand">Units on hand (0 when ranged but out of stock).</param>
/// <param name="SafetyStock">Units held back from sale at the location (0 for none).</param>
public sealed record SampleStockLevel(SkuId Sku, LocationId Location, long OnHand, int SafetyStock)
{
    /// <summary>The inventory grain's key.</summary>
    public InventoryKey Key => new(Sku, Location);
}
