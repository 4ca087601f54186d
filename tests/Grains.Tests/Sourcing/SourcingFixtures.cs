using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;

namespace Grid.Grains.Tests.Sourcing;

/// <summary>Builders for sourcing inputs; positions are kilometres north and east of a point in central London.</summary>
internal static class SourcingFixtures
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly ChannelId Web = ChannelId.Parse("web");
    private const double CentreLatitude = 51.5;
    private const double CentreLongitude = -0.12;
    private const double KmPerDegree = 111.195;

    public static GeoPoint At(double northKm, double eastKm) => GeoPoint.Create(
        CentreLatitude + (northKm / KmPerDegree),
        CentreLongitude + (eastKm / (KmPerDegree * Math.Cos(double.DegreesToRadians(CentreLatitude)))));

    public static LocationStatus Location(
        string id,
        double northKm,
        double eastKm = 0,
        LocationKind kind = LocationKind.Store,
        LocationCapabilities capabilities = LocationCapabilities.ShipFrom | LocationCapabilities.Pickup,
        bool open = true,
        int capacity = 100,
        int taken = 0,
        DateOnly? day = null) =>
        new(new LocationProfile(LocationId.Parse(id), id, kind, At(northKm, eastKm), capabilities, capacity, open), day ?? Today, taken);

    public static ChannelProfile Channel(IEnumerable<LocationStatus> locations, int safetyStock = 0, int maxSplit = 3) =>
        Channel(locations.Select(l => l.Profile.Id), safetyStock, maxSplit);

    public static ChannelProfile Channel(IEnumerable<LocationId> locations, int safetyStock = 0, int maxSplit = 3) =>
        new(Web, "Web shop", [.. locations], safetyStock, ReservePolicy.AtCheckout, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), maxSplit);

    public static SourcingRequest Ship(GeoPoint to, params (string Sku, int Quantity)[] lines) =>
        new(OrderId.Parse("order-1"), Web, DeliveryMethod.Ship, to, null, Lines(lines), [], Today);

    public static SourcingRequest Pickup(string store, params (string Sku, int Quantity)[] lines) =>
        new(OrderId.Parse("order-1"), Web, DeliveryMethod.Pickup, null, LocationId.Parse(store), Lines(lines), [], Today);

    public static SourcingLine[] Lines(params (string Sku, int Quantity)[] lines) =>
        [.. lines.Select(l => new SourcingLine(SkuId.Parse(l.Sku), l.Quantity))];

    public static CandidateRejection RejectionOf(SourcingPlan plan, string location) =>
        Assert.Single(plan.Rejections, r => r.Location.Value == location);

    public static string[] LegLocations(SourcingPlan plan) => [.. plan.Legs.Select(l => l.Location.Value)];
}
