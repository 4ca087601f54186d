using Grid.Grains.Ids;
using Grid.Grains.Inventory;

namespace Grid.Grains.SampleData;

/// <summary>Supply on its way to a location, due a number of days after the day the data set is loaded.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">Where it arrives.</param>
/// <param name="Supply">The supply's id (a purchase order), unique in the data set.</param>
/// <param name="Quantity">Units expected.</param>
/// <param name="DaysFromToday">Days after the load day it is expected (1 or more).</param>
public sealed record SampleInboundSupply(SkuId Sku, LocationId Location, string Supply, int Quantity, int DaysFromToday)
{
    /// <summary>The inventory grain's key.</summary>
    public InventoryKey Key => new(Sku, Location);

    /// <summary>The day it is expected when the data set is loaded on <paramref name="today"/>.</summary>
    public DateOnly ExpectedOn(DateOnly today) => today.AddDays(DaysFromToday);
}
