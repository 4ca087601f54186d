namespace Grid.Contracts.Orders;

/// <summary>How an order was sourced, and why every other candidate location lost.</summary>
/// <param name="Outcome"><c>sourced</c>, <c>backordered</c>, <c>pickup-unavailable</c> or <c>rejected</c>.</param>
/// <param name="RuleSetVersion">The version of the sourcing rules that decided.</param>
/// <param name="Rule">The rule that chose the legs (<c>single-location</c>, <c>fewest-shipments</c>, <c>distribution-centre</c>, <c>backorder</c>); null for pick-up orders and rejections.</param>
/// <param name="PromisedBy">For a backorder, the day every line is promised by.</param>
/// <param name="Rejections">Each candidate that lost, and why. A channel sees only its own locations.</param>
/// <param name="Alternatives">For a pick-up order its store cannot fill: the nearest stores that can, nearest first.</param>
public sealed record SourcingPlanView(
    string Outcome,
    int RuleSetVersion,
    string? Rule,
    DateOnly? PromisedBy,
    IReadOnlyList<CandidateRejectionView> Rejections,
    IReadOnlyList<string> Alternatives);
