using System.Globalization;
using Grid.Grains.Channels;
using Grid.Grains.Locations;

namespace Grid.Grains.Sourcing;

public static partial class SourcingPlanner
{
    /// <summary>Ship orders: the rule set's rules in order; the first that yields legs wins, else the order is rejected.</summary>
    private static SourcingPlan PlanShip(SourcingRequest request, ChannelProfile channel, IAvailabilityView availability, SourcingRuleSet rules, CandidateTable table, int searchBudget)
    {
        table.LoadAllStock(availability, channel.SafetyStock);
        table.MeasureFrom(request.ShipTo!.Value);
        foreach (var rule in rules.Rules)
        {
            switch (rule)
            {
                case SourcingRule.SingleLocation or SourcingRule.DistributionCentre:
                    var nearest = NearestFull(table, distributionCentresOnly: rule == SourcingRule.DistributionCentre);
                    if (nearest >= 0)
                    {
                        table.MarkChosen(nearest);
                        SourcingLeg[] legs = [new SourcingLeg(table.CandidateId(nearest), table.Lines, table.Distance(nearest), null)];
                        return Decided(SourcingOutcome.Sourced, rules, rule, legs, null, ShipRejections(request, channel, table, rules, rule, legs));
                    }

                    break;
                case SourcingRule.FewestShipments:
                    if (SplitSearch.Run(table, channel.MaxSplit, searchBudget) is { } split)
                    {
                        return Decided(SourcingOutcome.Sourced, rules, rule, split, null, ShipRejections(request, channel, table, rules, rule, split));
                    }

                    break;
                case SourcingRule.Backorder:
                    if (Backorder(request, channel, availability, table) is { } backorder)
                    {
                        return backorder.AvailableOn is { } date
                            ? Decided(SourcingOutcome.Backordered, rules, rule, [backorder], date, ShipRejections(request, channel, table, rules, rule, [backorder]))
                            : Decided(SourcingOutcome.Sourced, rules, rule, [backorder], null, ShipRejections(request, channel, table, rules, rule, [backorder]));
                    }

                    break;
            }
        }

        return Decided(SourcingOutcome.Rejected, rules, null, [], null, ShipRejections(request, channel, table, rules, null, []));
    }

    private static int NearestFull(CandidateTable table, bool distributionCentresOnly)
    {
        var nearest = -1;
        for (var k = 0; k < table.CandidateCount; k++)
        {
            if ((!distributionCentresOnly || table.CandidateStatus(k).Profile.Kind == LocationKind.DistributionCentre)
                && (nearest < 0 || table.IsNearer(k, nearest))
                && table.Fills(k))
            {
                nearest = k;
            }
        }

        return nearest;
    }

    /// <summary>
    /// The candidate whose available to promise covers every line soonest (lines it holds now count from today; the
    /// channel's safety stock is added to what must be promised); ties prefer distribution centres, then the nearest.
    /// The leg is dated with the latest line's date; null date when every line is on hand now.
    /// </summary>
    private static SourcingLeg? Backorder(SourcingRequest request, ChannelProfile channel, IAvailabilityView availability, CandidateTable table)
    {
        var best = -1;
        var bestDate = DateOnly.MaxValue;
        var bestWaits = false;
        for (var k = 0; k < table.CandidateCount; k++)
        {
            var date = request.Today;
            var waits = false;
            var covered = true;
            var location = table.CandidateId(k);
            for (var j = 0; j < table.LineCount && covered; j++)
            {
                if (table.Usable(k, j) >= table.Quantity(j))
                {
                    continue;
                }

                waits = true;
                var on = availability.AvailableToPromiseOn(table.Lines[j].Sku, location, (long)table.Quantity(j) + channel.SafetyStock);
                covered = on is not null;
                date = on > date ? on.Value : date;
            }

            if (covered && (best < 0 || date < bestDate || (date == bestDate && PreferForBackorder(table, k, best))))
            {
                (best, bestDate, bestWaits) = (k, date, waits);
            }
        }

        if (best < 0)
        {
            return null;
        }

        table.MarkChosen(best);
        return new SourcingLeg(table.CandidateId(best), table.Lines, table.Distance(best), bestWaits ? bestDate : null);
    }

    private static bool PreferForBackorder(CandidateTable table, int k, int best)
    {
        var centre = table.CandidateStatus(k).Profile.Kind == LocationKind.DistributionCentre;
        var bestCentre = table.CandidateStatus(best).Profile.Kind == LocationKind.DistributionCentre;
        return centre != bestCentre ? centre : table.IsNearer(k, best);
    }

    private static CandidateRejection[] ShipRejections(SourcingRequest request, ChannelProfile channel, CandidateTable table, SourcingRuleSet rules, SourcingRule? rule, SourcingLeg[] legs)
    {
        var writer = new RejectionWriter(table, request, channel, legs.Length);
        string? lostDetail = null;
        for (var i = 0; i < table.LocationCount; i++)
        {
            var candidate = table.CandidateOf(i);
            if (candidate < 0)
            {
                writer.AddFiltered(i);
            }
            else if (table.IsChosen(candidate))
            {
                continue;
            }
            else if (table.Fills(candidate))
            {
                writer.Add(i, RejectionReason.NotNearest, lostDetail ??= LostDetail(rules, rule, legs));
            }
            else
            {
                writer.AddShort(candidate);
            }
        }

        return writer.ToArray();
    }

    /// <summary>Why a candidate that could fill every line on its own still lost (shared by every such candidate).</summary>
    private static string LostDetail(SourcingRuleSet rules, SourcingRule? rule, SourcingLeg[] legs) => (rule, legs.Length) switch
    {
        (null, _) => string.Create(CultureInfo.InvariantCulture, $"Could fill every line, but no rule of rule set version {rules.Version} chose it."),
        (SourcingRule.SingleLocation or SourcingRule.FewestShipments, 1) =>
            string.Create(CultureInfo.InvariantCulture, $"Could fill every line, but {legs[0].Location} at {legs[0].DistanceKm:0.0} km comes first (nearest, then lowest id)."),
        (_, 1) => string.Create(CultureInfo.InvariantCulture, $"Could fill every line, but rule {rule} chose {legs[0].Location} at {legs[0].DistanceKm:0.0} km."),
        _ => string.Create(CultureInfo.InvariantCulture, $"Could fill every line, but rule {rule} chose {legs.Length} shipments."),
    };
}
