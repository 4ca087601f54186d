using Grid.Api.Locations;
using Grid.Api.Problems;
using Grid.Contracts.Orders;
using Grid.Grains.Orders;
using Grid.Grains.Sourcing;

namespace Grid.Api.Orders;

/// <summary>Orders in the API's shapes. A channel's view leaves out the locations that do not feed it.</summary>
internal static class OrderViews
{
    /// <summary>The order as a channel (<paramref name="forChannel"/>) or ops sees it.</summary>
    public static OrderDetail Of(OrderView order, bool forChannel) => new(
        order.Id.Value,
        order.Channel.Value,
        order.Customer?.Value,
        WireNames.Of(order.Status),
        WireNames.Of(order.Method),
        order.ShipTo is { } shipTo ? GeoPositions.Of(shipTo) : null,
        order.PickupStore?.Value,
        Lines(order.Lines),
        [.. order.Legs.Select(leg => new OrderLegView(leg.Location.Value, Lines(leg.Lines), WireNames.Of(leg.Status), leg.AvailableOn, leg.DistanceKm))],
        order.Plan is { } plan ? Plan(plan, forChannel) : null,
        Lines(order.Returned),
        [.. order.History.Select(e => new OrderEventView(e.At, e.Kind, e.Detail))],
        order.PlacedAt);

    /// <summary>The plan's decision and explanation; a channel sees only candidates that feed it.</summary>
    public static SourcingPlanView Plan(SourcingPlan plan, bool forChannel) => new(
        WireNames.Of(plan.Outcome),
        plan.RuleSetVersion,
        plan.Rule is { } rule ? WireNames.Of(rule) : null,
        plan.PromisedBy,
        Rejections(plan, forChannel),
        [.. plan.Alternatives.Select(a => a.Value)]);

    public static IReadOnlyList<CandidateRejectionView> Rejections(SourcingPlan plan, bool forChannel) =>
    [
        .. plan.Rejections
            .Where(r => !forChannel || r.Reason != RejectionReason.NotInChannel)
            .Select(r => new CandidateRejectionView(r.Location.Value, WireNames.Of(r.Reason), r.Detail)),
    ];

    public static IReadOnlyList<LineItem> Lines(IEnumerable<OrderLine> lines) => [.. lines.Select(l => new LineItem(l.Sku.Value, l.Quantity))];
}
