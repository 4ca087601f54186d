using Grid.Grains.Ids;

namespace Grid.Grains.Sourcing;

/// <summary>What sourcing knows about stock: available to sell now, and when inbound supply covers a quantity.</summary>
public interface IAvailabilityView
{
    /// <summary>Units available to sell of a SKU at a location (0 when unknown).</summary>
    long AvailableToSell(SkuId sku, LocationId location);

    /// <summary>
    /// The earliest day on which available-to-promise at the location covers <paramref name="quantity"/> units, counting
    /// inbound supply; null when no known supply does.
    /// </summary>
    DateOnly? AvailableToPromiseOn(SkuId sku, LocationId location, long quantity);
}
