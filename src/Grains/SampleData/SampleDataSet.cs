using Grid.Grains.Channels;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Grains.SampleData;

/// <summary>
/// A deterministic retail estate to demo and load-test Grid with: one metro area with 50 stores and 3 distribution
/// centres, 1,000 SKUs, 3 channels (web, app, store), stock levels, inbound supply and 20 customers. The same seed always
/// gives the same data; nothing in it depends on the clock (inbound dates are relative to the day it is loaded).
/// Lists compare by reference: compare their items to compare two sets.
/// </summary>
public sealed record SampleDataSet
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 42;

    /// <summary>Stores in every set.</summary>
    public const int StoreCount = 50;

    /// <summary>Distribution centres in every set.</summary>
    public const int DistributionCentreCount = 3;

    /// <summary>SKUs in every set.</summary>
    public const int SkuCount = 1_000;

    /// <summary>Customers in every set.</summary>
    public const int CustomerCount = 20;

    /// <summary>Inbound supplies in every set.</summary>
    public const int InboundCount = 60;

    internal SampleDataSet(
        int seed,
        SampleMetroArea area,
        IReadOnlyList<LocationProfile> locations,
        IReadOnlyList<ChannelProfile> channels,
        IReadOnlyList<SkuId> skus,
        IReadOnlyList<SampleStockLevel> stock,
        IReadOnlyList<SampleInboundSupply> inbound,
        IReadOnlyList<CustomerProfile> customers)
    {
        Seed = seed;
        Area = area;
        Locations = locations;
        Channels = channels;
        Skus = skus;
        Stock = stock;
        Inbound = inbound;
        Customers = customers;
    }

    /// <summary>The metro area every set lies in: 20 km around 41.88 N, 87.63 W (Chicago), on land.</summary>
    public static SampleMetroArea MetroArea { get; } = new(GeoPoint.Create(41.88, -87.63), 20);

    /// <summary>The seed the set was made from.</summary>
    public int Seed { get; }

    /// <summary>Where every location and customer address lies.</summary>
    public SampleMetroArea Area { get; }

    /// <summary>The stores (<c>store-01</c> to <c>store-50</c>), then the distribution centres (<c>dc-1</c> to <c>dc-3</c>).</summary>
    public IReadOnlyList<LocationProfile> Locations { get; }

    /// <summary>Web and app, fed by every location; store, fed by the stores only.</summary>
    public IReadOnlyList<ChannelProfile> Channels { get; }

    /// <summary><c>sku-0001</c> to <c>sku-1000</c>.</summary>
    public IReadOnlyList<SkuId> Skus { get; }

    /// <summary>The ranged SKU-locations, by SKU then location: about 30% of SKU-store pairs, and every SKU at every distribution centre.</summary>
    public IReadOnlyList<SampleStockLevel> Stock { get; }

    /// <summary>Supply expected at the distribution centres over the next four weeks.</summary>
    public IReadOnlyList<SampleInboundSupply> Inbound { get; }

    /// <summary>Customers with addresses in the area and the store nearest their home as preferred store.</summary>
    public IReadOnlyList<CustomerProfile> Customers { get; }

    /// <summary>Makes the set of a seed (0 or more); the same seed always gives the same data.</summary>
    public static SampleDataSet Create(int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        return new SampleDataGenerator(seed, MetroArea).Generate();
    }
}
