using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>A sourcing decision and its explanation.</summary>
/// <param name="Outcome">Sourced, backordered, pick-up unavailable or rejected.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="Rule">The rule that produced the legs; null for pick-up orders and rejections.</param>
/// <param name="Legs">The shipments, nearest first; empty unless sourced or backordered.</param>
/// <param name="PromisedBy">For a backorder, the date every line is promised by.</param>
/// <param name="Rejections">Every candidate that lost, and why.</param>
/// <param name="Alternatives">For a pick-up order its store cannot fill: the nearest stores that can, nearest first.</param>
[GenerateSerializer]
public sealed record SourcingPlan(
    SourcingOutcome Outcome,
    int RuleSetVersion,
    SourcingRule? Rule,
    IReadOnlyList<SourcingLeg> Legs,
    DateOnly? PromisedBy,
    IReadOnlyList<CandidateRejection> Rejections,
    IReadOnlyList<LocationId> Alternatives);
