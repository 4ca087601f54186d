using System.Globalization;
using Grid.Grains.Channels;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Grains.SampleData;

/// <summary>
/// Draws one sample data set from one <see cref="Random"/> seeded by the caller, in a fixed order, so a seed always
/// gives the same set. Positions are rounded to 5 decimals (about a metre) and kept out of Lake Michigan.
/// </summary>
internal sealed class SampleDataGenerator(int seed, SampleMetroArea area)
{
    private const double StockedStoreShare = 0.30;
    private const double StoresWithoutShipFromShare = 0.20;
    private const double CustomersWithWorkAddressShare = 0.5;
    private const int DistributionCentreSafetyStock = 5;
    private const int DistributionCentreCapacity = 5_000;
    private const double DistributionCentreMinKmFromCentre = 12;

    private static readonly TimeSpan CartHold = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan CheckoutHold = TimeSpan.FromMinutes(15);

    private readonly Random _random = new(seed);

    public SampleDataSet Generate()
    {
        var stores = Stores();
        var centres = DistributionCentres();
        var skus = Enumerable.Range(1, SampleDataSet.SkuCount).Select(i => SkuId.Parse($"sku-{i:0000}")).ToArray();
        var stock = Stock(skus, stores, centres);
        var inbound = Inbound(skus, centres);
        var customers = Customers(stores);
        LocationProfile[] locations = [.. stores, .. centres];
        return new SampleDataSet(seed, area, locations, Channels(stores, locations), skus, stock, inbound, customers);
    }

    private LocationProfile[] Stores() =>
    [
        .. Enumerable.Range(1, SampleDataSet.StoreCount).Select(n =>
        {
            var position = PointOnLand(0);
            var capabilities = LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns;
            if (_random.NextDouble() >= StoresWithoutShipFromShare)
            {
                capabilities |= LocationCapabilities.ShipFrom;
            }

            var capacity = _random.Next(200, 501);
            return new LocationProfile(LocationId.Parse($"store-{n:00}"), $"Store {n:00}", LocationKind.Store, position, capabilities, capacity, Open: true);
        }),
    ];

    private LocationProfile[] DistributionCentres() =>
    [
        .. Enumerable.Range(1, SampleDataSet.DistributionCentreCount).Select(n => new LocationProfile(
            LocationId.Parse($"dc-{n}"),
            $"Distribution Centre {n}",
            LocationKind.DistributionCentre,
            PointOnLand(DistributionCentreMinKmFromCentre),
            LocationCapabilities.ShipFrom,
            DistributionCentreCapacity,
            Open: true)),
    ];

    private List<SampleStockLevel> Stock(SkuId[] skus, LocationProfile[] stores, LocationProfile[] centres)
    {
        var stock = new List<SampleStockLevel>((int)(skus.Length * ((stores.Length * StockedStoreShare * 1.1) + centres.Length)));
        foreach (var sku in skus)
        {
            foreach (var store in stores)
            {
                if (_random.NextDouble() < StockedStoreShare)
                {
                    stock.Add(new SampleStockLevel(sku, store.Id, _random.Next(0, 21), 0));
                }
            }

            foreach (var centre in centres)
            {
                stock.Add(new SampleStockLevel(sku, centre.Id, _random.Next(50, 501), DistributionCentreSafetyStock));
            }
        }

        return stock;
    }

    private SampleInboundSupply[] Inbound(SkuId[] skus, LocationProfile[] centres) =>
    [
        .. Enumerable.Range(1, SampleDataSet.InboundCount).Select(n => new SampleInboundSupply(
            skus[_random.Next(skus.Length)],
            centres[_random.Next(centres.Length)].Id,
            $"po-{n:0000}",
            25 * _random.Next(2, 21),
            _random.Next(1, 29))),
    ];

    private CustomerProfile[] Customers(LocationProfile[] stores) =>
    [
        .. Enumerable.Range(1, SampleDataSet.CustomerCount).Select(n =>
        {
            var first = SampleNames.FirstNames[_random.Next(SampleNames.FirstNames.Length)];
            var last = SampleNames.LastNames[_random.Next(SampleNames.LastNames.Length)];
            var home = Address("Home");
            CustomerAddress[] addresses = _random.NextDouble() < CustomersWithWorkAddressShare ? [home, Address("Work")] : [home];
            var nearest = stores.Where(s => s.Capabilities.HasFlag(LocationCapabilities.Pickup)).MinBy(s => s.Position.DistanceKmTo(home.Position))!;
            return new CustomerProfile(
                CustomerId.Parse($"cust-{n:000}"),
                $"{SampleNames.Capitalized(first)} {SampleNames.Capitalized(last)}",
                $"{first}.{last}.{n:000}@example.com",
                addresses,
                nearest.Id);
        }),
    ];

    private static ChannelProfile[] Channels(LocationProfile[] stores, LocationProfile[] locations)
    {
        LocationId[] all = [.. locations.Select(l => l.Id)];
        return
        [
            new ChannelProfile(ChannelId.Parse("web"), "Web shop", all, SafetyStock: 1, ReservePolicy.AtCheckout, CartHold, CheckoutHold, MaxSplit: 3),
            new ChannelProfile(ChannelId.Parse("app"), "Mobile app", all, SafetyStock: 1, ReservePolicy.AtAddToCart, CartHold, CheckoutHold, MaxSplit: 3),
            new ChannelProfile(ChannelId.Parse("store"), "Stores", [.. stores.Select(s => s.Id)], SafetyStock: 0, ReservePolicy.AtCheckout, CartHold, CheckoutHold, MaxSplit: 1),
        ];
    }

    private CustomerAddress Address(string label)
    {
        var position = PointOnLand(0);
        var number = _random.Next(100, 10_000);
        var street = SampleNames.Streets[_random.Next(SampleNames.Streets.Length)];
        return new CustomerAddress(label, string.Create(CultureInfo.InvariantCulture, $"{number} {street}, Chicago, IL"), position);
    }

    private GeoPoint PointOnLand(double minKmFromCentre)
    {
        while (true)
        {
            var latitude = Math.Round(area.South + (_random.NextDouble() * (area.North - area.South)), 5);
            var longitude = Math.Round(area.West + (_random.NextDouble() * (area.East - area.West)), 5);
            var point = GeoPoint.Create(latitude, longitude);
            if (area.Contains(point) && !IsInLakeMichigan(point) && point.DistanceKmTo(area.Centre) >= minKmFromCentre)
            {
                return point;
            }
        }
    }

    // The shore runs from about 87.70 W at Evanston to 87.53 W at South Chicago; a straight line with a margin is enough here.
    private static bool IsInLakeMichigan(GeoPoint point) =>
        point.Longitude > -87.625 - (0.45 * (point.Latitude - 41.88));
}
