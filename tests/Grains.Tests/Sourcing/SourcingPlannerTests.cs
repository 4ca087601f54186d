using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using static Grid.Grains.Tests.Sourcing.SourcingFixtures;

namespace Grid.Grains.Tests.Sourcing;

/// <summary>Examples of every ship rule; filters, pick-up orders and validation are in the other parts.</summary>
public sealed partial class SourcingPlannerTests
{
    private static readonly GeoPoint Home = At(0, 0);

    [Fact]
    public void Plan_SeveralLocationsFillEverything_ChoosesNearestAndExplainsTheOthers()
    {
        LocationStatus[] locations = [Location("far", 9), Location("near", 2), Location("short", 1)];
        var stock = new InMemoryAvailability(Today)
            .Set("sku-a", "far", 5).Set("sku-b", "far", 5)
            .Set("sku-a", "near", 5).Set("sku-b", "near", 5)
            .Set("sku-a", "short", 5).Set("sku-b", "short", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 2), ("sku-b", 2)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Sourced, plan.Outcome);
        Assert.Equal(SourcingRule.SingleLocation, plan.Rule);
        Assert.Equal(1, plan.RuleSetVersion);
        var leg = Assert.Single(plan.Legs);
        Assert.Equal("near", leg.Location.Value);
        Assert.Equal(2, leg.DistanceKm, 0.01);
        Assert.Null(leg.AvailableOn);
        Assert.Equal(Lines(("sku-a", 2), ("sku-b", 2)), leg.Lines);
        Assert.Equal(RejectionReason.NotNearest, RejectionOf(plan, "far").Reason);
        Assert.Contains("near", RejectionOf(plan, "far").Detail, StringComparison.Ordinal);
        var shortOne = RejectionOf(plan, "short");
        Assert.Equal(RejectionReason.InsufficientStock, shortOne.Reason);
        Assert.Contains("sku-b", shortOne.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("sku-a", shortOne.Detail, StringComparison.Ordinal);
        Assert.Empty(plan.Alternatives);
    }

    [Fact]
    public void Plan_TwoFillAtTheSameDistance_LowerIdWins()
    {
        LocationStatus[] locations = [Location("store-b", 3), Location("store-a", 0, 3)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "store-a", 1).Set("sku-a", "store-b", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["store-a"], LegLocations(plan));
        Assert.Equal(RejectionReason.NotNearest, RejectionOf(plan, "store-b").Reason);
    }

    [Fact]
    public void Plan_ChannelSafetyStock_IsNotSold()
    {
        LocationStatus[] locations = [Location("near", 1), Location("far", 5)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "near", 4).Set("sku-a", "far", 6);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 3)), Channel(locations, safetyStock: 2), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["far"], LegLocations(plan));
        Assert.Equal(RejectionReason.InsufficientStock, RejectionOf(plan, "near").Reason);
    }

    [Fact]
    public void Plan_NoLocationFillsAlone_SplitsWholeLinesNearestFirst()
    {
        LocationStatus[] locations = [Location("a-only", 1), Location("b-only", 2), Location("b-far", 8), Location("empty", 0.5)];
        var stock = new InMemoryAvailability(Today)
            .Set("sku-a", "a-only", 3).Set("sku-b", "b-only", 3).Set("sku-b", "b-far", 3);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 3), ("sku-b", 3)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Sourced, plan.Outcome);
        Assert.Equal(SourcingRule.FewestShipments, plan.Rule);
        Assert.Equal(["a-only", "b-only"], LegLocations(plan));
        Assert.Equal(Lines(("sku-a", 3)), plan.Legs[0].Lines);
        Assert.Equal(Lines(("sku-b", 3)), plan.Legs[1].Lines);
        Assert.Equal(RejectionReason.InsufficientStock, RejectionOf(plan, "b-far").Reason);
        Assert.Equal(RejectionReason.InsufficientStock, RejectionOf(plan, "empty").Reason);
    }

    [Fact]
    public void Plan_NoLocationHoldsALine_SplitsThatLineLargestHoldingFirst()
    {
        LocationStatus[] locations = [Location("six", 4), Location("four", 1)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "six", 6).Set("sku-a", "four", 4).Set("sku-b", "four", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 10), ("sku-b", 1)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["four", "six"], LegLocations(plan));
        Assert.Equal(Lines(("sku-a", 4), ("sku-b", 1)), plan.Legs[0].Lines);
        Assert.Equal(Lines(("sku-a", 6)), plan.Legs[1].Lines);
    }

    [Fact]
    public void Plan_GreedyCoverWouldNeedThree_ExactSearchFindsTwo()
    {
        // The largest holding (big) covers four SKUs, but odd and even together cover all six.
        LocationStatus[] locations = [Location("big", 1), Location("odd", 2), Location("even", 3)];
        var stock = new InMemoryAvailability(Today);
        foreach (var n in new[] { 1, 2, 3, 4 })
        {
            stock.Set($"sku-{n}", "big", 1);
        }

        foreach (var n in new[] { 1, 3, 5 })
        {
            stock.Set($"sku-{n}", "odd", 1);
        }

        foreach (var n in new[] { 2, 4, 6 })
        {
            stock.Set($"sku-{n}", "even", 1);
        }

        var request = Ship(Home, [.. Enumerable.Range(1, 6).Select(n => ($"sku-{n}", 1))]);

        var exact = SourcingPlanner.Plan(request, Channel(locations), locations, stock, SourcingRuleSet.Default);
        var greedy = SourcingPlanner.Plan(request, Channel(locations), locations, stock, SourcingRuleSet.Default, searchBudget: 0);

        Assert.Equal(["odd", "even"], LegLocations(exact));
        Assert.Equal(["big", "odd", "even"], LegLocations(greedy));
        Assert.All(greedy.Legs, leg => Assert.NotEmpty(leg.Lines));
    }

    [Fact]
    public void Plan_TwoPairsFill_ChoosesTheSmallerTotalDistance()
    {
        LocationStatus[] locations = [Location("a-near", 1), Location("b-far", 10), Location("a-mid", 3), Location("b-mid", 4)];
        var stock = new InMemoryAvailability(Today)
            .Set("sku-a", "a-near", 1).Set("sku-b", "b-far", 1).Set("sku-a", "a-mid", 1).Set("sku-b", "b-mid", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1), ("sku-b", 1)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(["a-near", "b-mid"], LegLocations(plan));
    }

    [Fact]
    public void Plan_SplitNeedsMoreThanMaxSplit_FallsBackToBackorder()
    {
        LocationStatus[] locations = [Location("s1", 1), Location("s2", 2), Location("s3", 3)];
        var stock = new InMemoryAvailability(Today)
            .Set("sku-a", "s1", 1).Set("sku-b", "s2", 1).Set("sku-c", "s3", 1)
            .Expect("sku-b", "s1", Today.AddDays(4), 1).Expect("sku-c", "s1", Today.AddDays(6), 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1), ("sku-b", 1), ("sku-c", 1)), Channel(locations, maxSplit: 2), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Backordered, plan.Outcome);
        Assert.Equal(SourcingRule.Backorder, plan.Rule);
        var leg = Assert.Single(plan.Legs);
        Assert.Equal("s1", leg.Location.Value);
        Assert.Equal(Today.AddDays(6), leg.AvailableOn);
        Assert.Equal(Today.AddDays(6), plan.PromisedBy);
    }

    [Fact]
    public void Plan_MaxSplitOfOne_NeverSplits()
    {
        LocationStatus[] locations = [Location("s1", 1), Location("s2", 2)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "s1", 1).Set("sku-b", "s2", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1), ("sku-b", 1)), Channel(locations, maxSplit: 1), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Rejected, plan.Outcome);
        Assert.Null(plan.Rule);
        Assert.Empty(plan.Legs);
    }

    [Fact]
    public void Plan_DistributionCentreRuleFirst_ChoosesNearestCentreOverNearerStore()
    {
        LocationStatus[] locations =
        [
            Location("store", 1),
            Location("dc-far", 40, kind: LocationKind.DistributionCentre, capabilities: LocationCapabilities.ShipFrom),
            Location("dc-near", 20, kind: LocationKind.DistributionCentre, capabilities: LocationCapabilities.ShipFrom),
            Location("dc-no-ship", 5, kind: LocationKind.DistributionCentre, capabilities: LocationCapabilities.AcceptsReturns),
        ];
        var stock = new InMemoryAvailability(Today);
        foreach (var location in locations)
        {
            stock.Set("sku-a", location.Profile.Id.Value, 10);
        }

        var rules = new SourcingRuleSet(7, [SourcingRule.DistributionCentre, SourcingRule.SingleLocation]);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 2)), Channel(locations), locations, stock, rules);

        Assert.Equal(SourcingRule.DistributionCentre, plan.Rule);
        Assert.Equal(7, plan.RuleSetVersion);
        Assert.Equal(["dc-near"], LegLocations(plan));
        Assert.Equal(RejectionReason.NotNearest, RejectionOf(plan, "store").Reason);
        Assert.Equal(RejectionReason.NotNearest, RejectionOf(plan, "dc-far").Reason);
        Assert.Equal(RejectionReason.MissingCapability, RejectionOf(plan, "dc-no-ship").Reason);
    }

    [Fact]
    public void Plan_NothingOnHand_BackordersAtSoonestInboundPreferringCentres()
    {
        LocationStatus[] locations =
        [
            Location("store-late", 1),
            Location("store-soon", 2),
            Location("dc-soon", 30, kind: LocationKind.DistributionCentre, capabilities: LocationCapabilities.ShipFrom),
            Location("nothing", 1),
        ];
        var stock = new InMemoryAvailability(Today)
            .Expect("sku-a", "store-late", Today.AddDays(9), 5)
            .Expect("sku-a", "store-soon", Today.AddDays(3), 5)
            .Expect("sku-a", "dc-soon", Today.AddDays(3), 5)
            .Set("sku-b", "dc-soon", 1).Set("sku-b", "store-soon", 1).Set("sku-b", "store-late", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 2), ("sku-b", 1)), Channel(locations), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Backordered, plan.Outcome);
        Assert.Equal(["dc-soon"], LegLocations(plan));
        Assert.Equal(Today.AddDays(3), plan.Legs[0].AvailableOn);
        Assert.Equal(Today.AddDays(3), plan.PromisedBy);
        Assert.Equal(Lines(("sku-a", 2), ("sku-b", 1)), plan.Legs[0].Lines);
        Assert.Equal(RejectionReason.InsufficientStock, RejectionOf(plan, "store-soon").Reason);
    }

    [Fact]
    public void Plan_BackorderCountsChannelSafetyStock_AsksInboundToCoverIt()
    {
        LocationStatus[] locations = [Location("store", 1)];
        var stock = new InMemoryAvailability(Today)
            .Set("sku-a", "store", 2)
            .Expect("sku-a", "store", Today.AddDays(2), 1)
            .Expect("sku-a", "store", Today.AddDays(5), 2);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 3)), Channel(locations, safetyStock: 2), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(Today.AddDays(5), plan.PromisedBy);
    }

    [Fact]
    public void Plan_NoStockAndNoInbound_RejectedWithEveryCandidateShort()
    {
        LocationStatus[] locations = [Location("s1", 1), Location("s2", 2)];

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1)), Channel(locations), locations, new InMemoryAvailability(Today), SourcingRuleSet.Default);

        Assert.Equal(SourcingOutcome.Rejected, plan.Outcome);
        Assert.Null(plan.Rule);
        Assert.Null(plan.PromisedBy);
        Assert.Empty(plan.Legs);
        Assert.All(plan.Rejections, r => Assert.Equal(RejectionReason.InsufficientStock, r.Reason));
        Assert.Equal(["s1", "s2"], plan.Rejections.Select(r => r.Location.Value));
    }

    [Fact]
    public void Plan_EmptyRuleSet_Rejected()
    {
        LocationStatus[] locations = [Location("s1", 1)];
        var stock = new InMemoryAvailability(Today).Set("sku-a", "s1", 1);

        var plan = SourcingPlanner.Plan(Ship(Home, ("sku-a", 1)), Channel(locations), locations, stock, new SourcingRuleSet(2, []));

        Assert.Equal(SourcingOutcome.Rejected, plan.Outcome);
        Assert.Equal(RejectionReason.NotNearest, Assert.Single(plan.Rejections).Reason);
    }

    [Fact]
    public void Plan_LargeOrderOverManyLocations_UsesSuppliedLocationIdsOnly()
    {
        var locations = Enumerable.Range(0, 300).Select(i => Location($"s{i:D3}", i % 17, i % 13)).ToArray();
        var stock = new InMemoryAvailability(Today);
        for (var i = 0; i < locations.Length; i++)
        {
            stock.Set($"sku-{i % 10}", locations[i].Profile.Id.Value, 2);
        }

        var request = Ship(Home, [.. Enumerable.Range(0, 10).Select(n => ($"sku-{n}", 2))]);

        var plan = SourcingPlanner.Plan(request, Channel(locations, maxSplit: 10), locations, stock, SourcingRuleSet.Default);

        Assert.Equal(SourcingRule.FewestShipments, plan.Rule);
        Assert.Equal(10, plan.Legs.Count);
        Assert.Equal(290, plan.Rejections.Count);
        Assert.Equal(request.Lines.OrderBy(l => l.Sku.Value), plan.Legs.SelectMany(l => l.Lines).OrderBy(l => l.Sku.Value));
    }
}
