using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Grains.Sourcing;

/// <summary>
/// Decides which locations fulfil an order (distributed order management). Pure and deterministic: no clock, no
/// randomness, the same inputs give the same plan; ties go to the nearer location, then to the lower location id
/// (ordinal).
/// </summary>
/// <remarks>
/// A location is a candidate when it feeds the channel, is open, has the capability the delivery method needs (ship
/// from, or pick-up), has order capacity left on the request's day and is not excluded; each location that fails is
/// rejected with the first filter it fails, in that order. A candidate's usable units of a SKU are its available to
/// sell less the channel's safety stock. Pick-up orders use only their store; ship orders follow the rule set's rules
/// in order, and the first rule that yields legs wins.
/// </remarks>
public static partial class SourcingPlanner
{
    /// <summary>Most lines a request may have.</summary>
    public const int MaxLines = 100;

    /// <summary>Most units one line may ask for.</summary>
    public const int MaxQuantity = 1_000_000;

    /// <summary>Most alternative stores a pick-up plan lists when its store cannot fill the order.</summary>
    public const int MaxAlternatives = 5;

    /// <summary>Most shipments any channel allows; the channel's own max split is 1 to this.</summary>
    public const int MaxSplitLimit = 10;

    /// <summary>
    /// Plans an order. Throws <see cref="ArgumentException"/> when the request is not valid (no lines or more than
    /// <see cref="MaxLines"/>, a quantity outside 1 to <see cref="MaxQuantity"/>, a SKU on two lines, a ship order
    /// without a ship-to position, a pick-up order without a store), when the channel profile is not the request's
    /// channel or when a channel location is listed twice.
    /// </summary>
    /// <param name="request">What to source.</param>
    /// <param name="channel">The request's channel: its locations, safety stock and max split.</param>
    /// <param name="locations">Every location's current status (for example the location directory's list).</param>
    /// <param name="availability">Available to sell and to promise per SKU and location.</param>
    /// <param name="rules">The ordered rules for ship orders.</param>
    /// <returns>The plan, with every location that has no leg listed in its rejections.</returns>
    public static SourcingPlan Plan(SourcingRequest request, ChannelProfile channel, IReadOnlyList<LocationStatus> locations, IAvailabilityView availability, SourcingRuleSet rules) =>
        Plan(request, channel, locations, availability, rules, SplitSearch.DefaultBudget);

    /// <summary>Plans with an explicit node budget for the exact fewest-shipments search (tests force the greedy cover with 0).</summary>
    internal static SourcingPlan Plan(SourcingRequest request, ChannelProfile channel, IReadOnlyList<LocationStatus> locations, IAvailabilityView availability, SourcingRuleSet rules, int searchBudget)
    {
        Validate(request, channel, locations, availability, rules);
        using var table = CandidateTable.Filter(request, channel, locations);
        return request.Method == DeliveryMethod.Pickup
            ? PlanPickup(request, channel, availability, rules, table)
            : PlanShip(request, channel, availability, rules, table, searchBudget);
    }

    private static SourcingPlan Decided(SourcingOutcome outcome, SourcingRuleSet rules, SourcingRule? rule, SourcingLeg[] legs, DateOnly? promisedBy, CandidateRejection[] rejections, LocationId[]? alternatives = null) =>
        new(outcome, rules.Version, rule, legs, promisedBy, rejections, alternatives ?? []);
}
