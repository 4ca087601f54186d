using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using static Grid.Grains.Tests.Sourcing.SourcingFixtures;

namespace Grid.Grains.Tests.Sourcing;

/// <summary>
/// A random sourcing problem from a seeded <see cref="Random"/>: a few dozen locations in a metro area (some sharing a
/// position, so distance ties happen), random filters, stock, inbound supply, channel and rule set.
/// </summary>
internal sealed record RandomSourcingScenario(
    SourcingRequest Request,
    ChannelProfile Channel,
    LocationStatus[] Locations,
    InMemoryAvailability Availability,
    SourcingRuleSet Rules)
{
    private static readonly SourcingRule[] AllRules = [SourcingRule.SingleLocation, SourcingRule.FewestShipments, SourcingRule.DistributionCentre, SourcingRule.Backorder];

    /// <summary>Creates a scenario; <paramref name="splitProne"/> makes stock sparse and every location a ship-order candidate, so splits are common.</summary>
    public static RandomSourcingScenario Create(Random random, bool splitProne = false)
    {
        var count = splitProne ? random.Next(2, 10) : random.Next(1, 25);
        var locations = new LocationStatus[count];
        for (var i = 0; i < count; i++)
        {
            var position = i > 0 && random.Next(5) == 0 ? locations[random.Next(i)].Profile.Position : At(random.NextDouble() * 30 - 15, random.NextDouble() * 30 - 15);
            var kind = random.Next(20) switch { < 14 => LocationKind.Store, < 17 => LocationKind.DistributionCentre, < 19 => LocationKind.DarkStore, _ => LocationKind.DropShipVendor };
            var capabilities = (random.Next(100) < 85 ? LocationCapabilities.ShipFrom : 0)
                | (random.Next(100) < (kind == LocationKind.Store ? 75 : 10) ? LocationCapabilities.Pickup : 0)
                | (random.Next(2) == 0 ? LocationCapabilities.AcceptsReturns : 0);
            var capacity = random.Next(10) == 0 ? 0 : random.Next(1, 6);
            var taken = random.Next(5) == 0 ? capacity : random.Next(capacity + 1);
            var profile = new LocationProfile(LocationId.Parse($"loc-{i:D2}"), $"Location {i}", kind, position, splitProne ? LocationCapabilities.ShipFrom : capabilities, splitProne ? 5 : capacity, splitProne || random.Next(10) > 0);
            locations[i] = new LocationStatus(profile, random.Next(5) == 0 ? Today.AddDays(-1) : Today, splitProne ? 0 : taken);
        }

        var skus = Enumerable.Range(0, 6).Select(s => SkuId.Parse($"sku-{s}")).ToArray();
        var lines = skus.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).Select(sku => new SourcingLine(sku, random.Next(1, 6))).ToArray();
        var availability = new InMemoryAvailability(Today);
        foreach (var location in locations)
        {
            foreach (var sku in skus)
            {
                if (random.Next(3) != 0)
                {
                    availability.Set(sku, location.Profile.Id, random.Next(0, splitProne ? 7 : 11));
                }

                if (random.Next(10) < 3)
                {
                    availability.Expect(sku, location.Profile.Id, Today.AddDays(random.Next(1, 15)), random.Next(1, 9));
                }
            }
        }

        random.Shuffle(locations);
        var members = locations.Where(_ => splitProne || random.Next(100) < 85).Select(l => l.Profile.Id).ToList();
        if (random.Next(4) == 0)
        {
            members.Add(LocationId.Parse("ghost"));
        }

        var channel = SourcingFixtures.Channel(members, safetyStock: random.Next(2) == 0 ? 0 : random.Next(1, 3), maxSplit: random.Next(1, 6));
        var excluded = locations.Where(_ => !splitProne && random.Next(20) == 0).Select(l => l.Profile.Id).ToList();
        var request = new SourcingRequest(OrderId.Parse($"order-{random.Next(1000)}"), Web, DeliveryMethod.Ship, At(random.NextDouble() * 30 - 15, random.NextDouble() * 30 - 15), null, lines, excluded, Today);
        if (!splitProne && random.Next(4) == 0)
        {
            // Mostly a store that offers pick-up, so the store-fills path is common too.
            var pickupStores = locations.Where(l => l.Profile.Capabilities.HasFlag(LocationCapabilities.Pickup)).ToArray();
            var store = random.Next(10) == 0 ? LocationId.Parse("ghost-store")
                : pickupStores.Length > 0 && random.Next(5) > 0 ? pickupStores[random.Next(pickupStores.Length)].Profile.Id
                : locations[random.Next(locations.Length)].Profile.Id;
            request = request with { Method = DeliveryMethod.Pickup, PickupStore = store, ShipTo = random.Next(2) == 0 ? request.ShipTo : null };
        }

        var rules = splitProne || random.Next(10) < 6
            ? SourcingRuleSet.Default
            : new SourcingRuleSet(random.Next(2, 9), RandomRules(random));
        return new RandomSourcingScenario(request, channel, locations, availability, rules);
    }

    /// <summary>A random order of some rules; half of them try distribution centres first, so that rule gets to win.</summary>
    private static SourcingRule[] RandomRules(Random random)
    {
        var rules = AllRules.OrderBy(_ => random.Next()).Take(random.Next(0, 5)).ToList();
        if (random.Next(2) == 0)
        {
            rules.Remove(SourcingRule.DistributionCentre);
            rules.Insert(0, SourcingRule.DistributionCentre);
        }

        return [.. rules];
    }

    public SourcingPlan Plan() => SourcingPlanner.Plan(Request, Channel, Locations, Availability, Rules);

    /// <summary>The first filter the location fails, in the planner's order, or null for a candidate.</summary>
    public RejectionReason? FilterReason(LocationStatus status)
    {
        var profile = status.Profile;
        var needed = Request.Method == DeliveryMethod.Pickup ? LocationCapabilities.Pickup : LocationCapabilities.ShipFrom;
        var remaining = status.Day < Request.Today ? profile.DailyCapacity : status.RemainingCapacity;
        return !Channel.Locations.Contains(profile.Id) ? RejectionReason.NotInChannel
            : !profile.Open ? RejectionReason.Closed
            : !profile.Capabilities.HasFlag(needed) ? RejectionReason.MissingCapability
            : remaining <= 0 ? RejectionReason.NoCapacity
            : Request.Excluded.Contains(profile.Id) ? RejectionReason.Excluded
            : null;
    }

    /// <summary>Units of a SKU the channel may sell at a location.</summary>
    public long Usable(SkuId sku, LocationId location) => Math.Max(0, Availability.AvailableToSell(sku, location) - Channel.SafetyStock);

    /// <summary>True when the location alone holds every line.</summary>
    public bool Fills(LocationId location) => Request.Lines.All(line => Usable(line.Sku, location) >= line.Quantity);

    public LocationStatus StatusOf(LocationId location) => Locations.Single(l => l.Profile.Id == location);

    public IEnumerable<LocationStatus> Candidates => Locations.Where(l => FilterReason(l) is null);
}
