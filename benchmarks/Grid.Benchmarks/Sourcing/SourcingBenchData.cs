using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;

namespace Grid.Benchmarks.Sourcing;

/// <summary>
/// One metro area (about 40 km across, centred on London) with 1,000 locations feeding one channel: 950 stores, 30 dark
/// stores and 20 distribution centres, 2% closed and 3% out of capacity for the day; availability known for 10 SKUs
/// everywhere. Five-line ship orders to points spread over the area: in the "single" set several locations hold all five
/// lines, in the "split" set no location does (each lacks at least one line), so two or more shipments are needed.
/// Everything comes from one seed.
/// </summary>
internal sealed class SourcingBenchData
{
    public const int LocationCount = 1_000;
    public const int Requests = 256;
    private const int Seed = 20261125;
    private const double CentreLatitude = 51.5;
    private const double CentreLongitude = -0.12;
    private const double HalfWidthKm = 20;

    private SourcingBenchData()
    {
        var random = new Random(Seed);
        var today = new DateOnly(2026, 11, 25);
        Locations = new LocationStatus[LocationCount];
        for (var i = 0; i < LocationCount; i++)
        {
            var kind = i < 20 ? LocationKind.DistributionCentre : i < 50 ? LocationKind.DarkStore : LocationKind.Store;
            var capabilities = kind == LocationKind.Store ? LocationCapabilities.ShipFrom | LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns : LocationCapabilities.ShipFrom;
            var capacity = kind == LocationKind.DistributionCentre ? 5_000 : 200;
            var full = random.Next(100) < 3;
            var profile = new LocationProfile(LocationId.Parse($"loc-{i:D4}"), $"Location {i}", kind, RandomPoint(random), capabilities, capacity, Open: random.Next(100) >= 2);
            Locations[i] = new LocationStatus(profile, today, full ? capacity : random.Next(capacity));
        }

        random.Shuffle(Locations);
        var members = Locations.Select(l => l.Profile.Id).ToArray();
        random.Shuffle(members);
        Channel = new ChannelProfile(ChannelId.Parse("web"), "Web shop", members, SafetyStock: 1, ReservePolicy.AtCheckout, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), MaxSplit: 3);

        var singleSkus = Enumerable.Range(0, 5).Select(s => SkuId.Parse($"sku-single-{s}")).ToArray();
        var splitSkus = Enumerable.Range(0, 5).Select(s => SkuId.Parse($"sku-split-{s}")).ToArray();
        foreach (var location in Locations)
        {
            var id = location.Profile.Id;
            foreach (var sku in singleSkus)
            {
                Availability.Set(sku, id, random.Next(100) < 60 ? random.Next(0, 13) : 0);
            }

            // Each location stocks about half of the split SKUs and never all five.
            var missing = random.Next(splitSkus.Length);
            for (var s = 0; s < splitSkus.Length; s++)
            {
                Availability.Set(splitSkus[s], id, s != missing && random.Next(100) < 55 ? random.Next(2, 13) : 0);
            }
        }

        Single = Orders(random, today, singleSkus);
        Split = Orders(random, today, splitSkus);
    }

    public LocationStatus[] Locations { get; }

    public ChannelProfile Channel { get; }

    public InMemoryAvailability Availability { get; } = new();

    public SourcingRuleSet Rules { get; } = SourcingRuleSet.Default;

    /// <summary>Orders a single location can fill.</summary>
    public SourcingRequest[] Single { get; }

    /// <summary>Orders that need a split.</summary>
    public SourcingRequest[] Split { get; }

    /// <summary>Builds the data and checks each order set decides as its name says.</summary>
    public static SourcingBenchData Create()
    {
        var data = new SourcingBenchData();
        data.Expect(data.Single, SourcingRule.SingleLocation);
        data.Expect(data.Split, SourcingRule.FewestShipments);
        return data;
    }

    public SourcingPlan Plan(SourcingRequest request) => SourcingPlanner.Plan(request, Channel, Locations, Availability, Rules);

    private void Expect(SourcingRequest[] requests, SourcingRule rule)
    {
        foreach (var request in requests)
        {
            var plan = Plan(request);
            if (plan.Rule != rule || plan.Rejections.Count + plan.Legs.Count != LocationCount)
            {
                throw new InvalidOperationException($"{request.Order} was planned by {plan.Rule} with {plan.Legs.Count} legs; the benchmark expects {rule}.");
            }
        }
    }

    private static SourcingRequest[] Orders(Random random, DateOnly today, SkuId[] skus)
    {
        var requests = new SourcingRequest[Requests];
        for (var r = 0; r < requests.Length; r++)
        {
            SourcingLine[] lines = [.. skus.Select(sku => new SourcingLine(sku, random.Next(1, 3)))];
            requests[r] = new SourcingRequest(OrderId.Parse($"order-{r}"), ChannelId.Parse("web"), DeliveryMethod.Ship, RandomPoint(random), null, lines, [], today);
        }

        return requests;
    }

    private static GeoPoint RandomPoint(Random random)
    {
        const double kmPerDegree = 111.195;
        var north = ((random.NextDouble() * 2) - 1) * HalfWidthKm;
        var east = ((random.NextDouble() * 2) - 1) * HalfWidthKm;
        return GeoPoint.Create(CentreLatitude + (north / kmPerDegree), CentreLongitude + (east / (kmPerDegree * Math.Cos(double.DegreesToRadians(CentreLatitude)))));
    }
}
