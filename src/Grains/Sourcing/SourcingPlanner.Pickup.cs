using Grid.Grains.Channels;
using Grid.Grains.Ids;

namespace Grid.Grains.Sourcing;

public static partial class SourcingPlanner
{
    /// <summary>
    /// Pick-up orders: the store the customer chose, or nothing. When it cannot fill every line, the plan lists the
    /// nearest other candidates (pick-up capable, open, with capacity, in the channel) that can, nearest to that store
    /// first.
    /// </summary>
    private static SourcingPlan PlanPickup(SourcingRequest request, ChannelProfile channel, IAvailabilityView availability, SourcingRuleSet rules, CandidateTable table)
    {
        var storeIndex = table.PickupStoreIndex;
        var store = storeIndex >= 0 ? table.CandidateOf(storeIndex) : -1;
        if (store >= 0)
        {
            table.LoadStock(store, availability, channel.SafetyStock);
            if (table.Fills(store))
            {
                table.MarkChosen(store);
                var leg = new SourcingLeg(table.CandidateId(store), table.Lines, 0, null);
                return Decided(SourcingOutcome.Sourced, rules, null, [leg], null, PickupRejections(request, channel, table, [], legs: 1));
            }
        }

        // Distances run from the store; an unlisted store falls back to the ship-to position when there is one.
        var origin = storeIndex >= 0 ? table.Location(storeIndex).Profile.Position : request.ShipTo;
        var alternatives = Array.Empty<int>();
        if (origin is { } point)
        {
            table.LoadAllStock(availability, channel.SafetyStock);
            table.MeasureFrom(point);
            alternatives = NearestFilling(table, except: store);
        }

        var ids = new LocationId[alternatives.Length];
        for (var a = 0; a < alternatives.Length; a++)
        {
            ids[a] = table.CandidateId(alternatives[a]);
        }

        return Decided(SourcingOutcome.PickupUnavailable, rules, null, [], null, PickupRejections(request, channel, table, alternatives, legs: 0), ids);
    }

    /// <summary>Up to <see cref="MaxAlternatives"/> candidates that fill every line, nearest first.</summary>
    private static int[] NearestFilling(CandidateTable table, int except)
    {
        Span<int> nearest = stackalloc int[MaxAlternatives];
        var count = 0;
        for (var k = 0; k < table.CandidateCount; k++)
        {
            if (k == except || !table.Fills(k) || (count == MaxAlternatives && !table.IsNearer(k, nearest[count - 1])))
            {
                continue;
            }

            var at = Math.Min(count, MaxAlternatives - 1);
            while (at > 0 && table.IsNearer(k, nearest[at - 1]))
            {
                nearest[at] = nearest[at - 1];
                at--;
            }

            nearest[at] = k;
            count = Math.Min(count + 1, MaxAlternatives);
        }

        return nearest[..count].ToArray();
    }

    private static CandidateRejection[] PickupRejections(SourcingRequest request, ChannelProfile channel, CandidateTable table, int[] alternatives, int legs)
    {
        var store = request.PickupStore!.Value;
        var notTheStore = $"Not the pick-up store {store}.";
        var alternative = $"Not the pick-up store {store}; it could fill every line and is offered as an alternative.";
        var writer = new RejectionWriter(table, request, channel, legs);
        for (var i = 0; i < table.LocationCount; i++)
        {
            var candidate = table.CandidateOf(i);
            if (candidate < 0)
            {
                writer.AddFiltered(i);
            }
            else if (i == table.PickupStoreIndex)
            {
                if (!table.IsChosen(candidate))
                {
                    writer.AddShort(candidate);
                }
            }
            else
            {
                writer.Add(i, RejectionReason.NotThePickupStore, Array.IndexOf(alternatives, candidate) >= 0 ? alternative : notTheStore);
            }
        }

        return writer.ToArray();
    }
}
