using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using static Grid.Grains.Tests.Sourcing.SourcingFixtures;

namespace Grid.Grains.Tests.Sourcing;

public sealed partial class SourcingPlannerTests
{
    [Fact]
    public void Plan_LocationsFailingFilters_RejectedWithTheFirstFilterTheyFail()
    {
        LocationStatus[] locations =
        [
            Location("outside", 0.1, open: false),
            Location("closed", 0.2, open: false, capabilities: LocationCapabilities.None),
            Location("no-ship", 0.3, capabilities: LocationCapabilities.Pickup, capacity: 0),
            Location("full", 0.4, capacity: 5, taken: 5),
            Location("zero-capacity", 0.5, capacity: 0),
            Location("excluded", 0.6),
            Location("chosen", 9),
        ];
        var stock = new InMemoryAvailability(Today);
        foreach (var location in locations)
        {
            stock.Set("sku-a", location.Profile.Id.Value, 10);
        }

        var request = Ship(Home, ("sku-a", 1)) with { Excluded = [LocationId.Parse("excluded")] };
        var channel = Channel(locations.Where(l => l.Profile.Id.Value != "outside"));

        var plan = SourcingPlanner.Plan(request, channel, locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["chosen"], LegLocations(plan));
        Assert.Equal(
            [
                ("outside", RejectionReason.NotInChannel),
                ("closed", RejectionReason.Closed),
                ("no-ship", RejectionReason.MissingCapability),
                ("full", RejectionReason.NoCapacity),
                ("zero-capacity", RejectionReason.NoCapacity),
                ("excluded", RejectionReason.Excluded),
            ],
            plan.Rejections.Select(r => (r.Location.Value, r.Reason)));
        Assert.All(plan.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
        Assert.Contains("web", RejectionOf(plan, "outside").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CapacityUsedUpOnAnEarlierDay_CountsTodayAsFree()
    {
        LocationStatus[] locations = [Location("store", 1, capacity: 3, taken: 3, day: Today.AddDays(-1))];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "store", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["store"], LegLocations(plan));
    }

    [Fact]
    public void Plan_ChannelLocationWithoutStatus_IsIgnored()
    {
        LocationStatus[] locations = [Location("store", 1)];
        var channel = Channel([LocationId.Parse("store"), LocationId.Parse("never-defined")]);
        var stock = new InMemoryAvailability(Today).Set("sku-a", "store", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1)), channel, locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["store"], LegLocations(plan));
        Assert.Empty(plan.Rejections);
    }

    [Fact]
    public void Plan_PickupStoreFills_OneLegThereAndNoOtherStore()
    {
        LocationStatus[] locations = [Location("nearer", 0), Location("chosen-store", 5), Location("closed", 1, open: false)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "nearer", 9).Set("sku-a", "chosen-store", 2);

        var plan = SourcingPlanner.Plan(Pickup("chosen-store", ("sku-a", 2)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Sourced, plan.Outcome);
        Assert.Null(plan.Rule);
        var leg = Assert.Single(plan.Legs);
        Assert.Equal("chosen-store", leg.Location.Value);
        Assert.Equal(0, leg.DistanceKm);
        Assert.Equal(RejectionReason.NotThePickupStore, RejectionOf(plan, "nearer").Reason);
        Assert.Equal(RejectionReason.Closed, RejectionOf(plan, "closed").Reason);
        Assert.Empty(plan.Alternatives);
    }

    [Fact]
    public void Plan_PickupStoreShort_ListsTheFiveNearestStoresThatFill()
    {
        var locations = new List<LocationStatus> { Location("store", 0, 10) };
        for (var i = 1; i <= 7; i++)
        {
            locations.Add(Location($"fills-{i}", 0, 10 + i));
        }

        locations.Add(Location("short", 0, 10.5));
        locations.Add(Location("no-pickup", 0, 10.2, capabilities: LocationCapabilities.ShipFrom));
        var stock = new InMemoryAvailability(Today).Set("sku-a", "store", 1).Set("sku-a", "short", 1).Set("sku-a", "no-pickup", 5);
        for (var i = 1; i <= 7; i++)
        {
            stock.Set("sku-a", $"fills-{i}", 5);
        }

        var plan = SourcingPlanner.Plan(Pickup("store", ("sku-a", 2)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.PickupUnavailable, plan.Outcome);
        Assert.Empty(plan.Legs);
        Assert.Equal(["fills-1", "fills-2", "fills-3", "fills-4", "fills-5"], plan.Alternatives.Select(a => a.Value));
        Assert.Equal(RejectionReason.InsufficientStock, RejectionOf(plan, "store").Reason);
        Assert.Equal(RejectionReason.MissingCapability, RejectionOf(plan, "no-pickup").Reason);
        Assert.Equal(RejectionReason.NotThePickupStore, RejectionOf(plan, "fills-6").Reason);
        Assert.Contains("alternative", RejectionOf(plan, "fills-1").Detail, StringComparison.Ordinal);
        Assert.Equal(locations.Count, plan.Rejections.Count);
    }

    [Fact]
    public void Plan_PickupStoreClosed_RejectedAsClosedWithAlternatives()
    {
        LocationStatus[] locations = [Location("store", 0, open: false), Location("other", 3)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "store", 5).Set("sku-a", "other", 5);

        var plan = SourcingPlanner.Plan(Pickup("store", ("sku-a", 1)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.PickupUnavailable, plan.Outcome);
        Assert.Equal(RejectionReason.Closed, RejectionOf(plan, "store").Reason);
        Assert.Equal(["other"], plan.Alternatives.Select(a => a.Value));
    }

    [Fact]
    public void Plan_PickupStoreExcluded_RejectedAsExcluded()
    {
        LocationStatus[] locations = [Location("store", 0)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "store", 5);
        var request = Pickup("store", ("sku-a", 1)) with { Excluded = [LocationId.Parse("store")] };

        var plan = SourcingPlanner.Plan(request, Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.PickupUnavailable, plan.Outcome);
        Assert.Equal(RejectionReason.Excluded, RejectionOf(plan, "store").Reason);
        Assert.Empty(plan.Alternatives);
    }

    public static TheoryData<string> InvalidRequests() =>
    [
        "no lines", "101 lines", "zero quantity", "too large quantity", "duplicate sku", "ship without address", "pickup without store", "other channel",
    ];

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Plan_InvalidRequest_ThrowsArgumentException(string invalid)
    {
        LocationStatus[] locations = [Location("store", 0)];
        var valid = Ship(Home, ("sku-a", 1));
        var request = invalid switch
        {
            "no lines" => valid with { Lines = [] },
            "101 lines" => valid with { Lines = Lines([.. Enumerable.Range(0, 101).Select(n => ($"sku-{n}", 1))]) },
            "zero quantity" => valid with { Lines = Lines(("sku-a", 0)) },
            "too large quantity" => valid with { Lines = Lines(("sku-a", 1_000_001)) },
            "duplicate sku" => valid with { Lines = Lines(("sku-a", 1), ("sku-b", 1), ("sku-a", 2)) },
            "ship without address" => valid with { ShipTo = null },
            "pickup without store" => valid with { Method = DeliveryMethod.Pickup },
            _ => valid with { Channel = ChannelId.Parse("app") },
        };

        var error = Assert.ThrowsAny<ArgumentException>(() => SourcingPlanner.Plan(request, Channel(locations), locations, new InMemoryAvailability(Today), SourcingRuleSet.Default));

        Assert.Contains("order-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ChannelLocationListedTwice_ThrowsArgumentException()
    {
        LocationStatus[] locations = [Location("store", 0), Location("store", 1)];

        var error = Assert.Throws<ArgumentException>(() => SourcingPlanner.Plan(Ship(Home, ("sku-a", 1)), Channel([LocationId.Parse("store")]), locations, new InMemoryAvailability(Today), SourcingRuleSet.Default));

        Assert.Contains("store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LargestValidRequest_IsAccepted()
    {
        LocationStatus[] locations = [Location("store", 0)];
        var lines = Lines([.. Enumerable.Range(0, 100).Select(n => ($"sku-{n}", 1_000_000))]);
        var stock = new InMemoryAvailability(Today);
        foreach (var line in lines)
        {
            stock.Set(line.Sku, LocationId.Parse("store"), 1_000_000);
        }

        var plan = SourcingPlanner.Plan(Ship(Home) with { Lines = lines }, Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(100, Assert.Single(plan.Legs).Lines.Count);
    }
}
