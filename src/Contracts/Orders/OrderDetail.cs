using Grid.Contracts.Locations;

namespace Grid.Contracts.Orders;

/// <summary>An order as customer service sees it: where it is, what it holds, where it is fulfilled from, why, and what happened.</summary>
/// <param name="Id">The order.</param>
/// <param name="Channel">The channel it was placed on.</param>
/// <param name="Customer">The customer; null for a guest.</param>
/// <param name="Status"><c>placed</c>, <c>sourced</c>, <c>released</c>, <c>picked</c>, <c>shipped</c>, <c>ready-for-pickup</c>, <c>delivered</c>, <c>picked-up</c>, <c>cancelled</c>, <c>partially-returned</c>, <c>returned</c> or <c>rejected</c>.</param>
/// <param name="Delivery"><c>ship</c> or <c>pickup</c>.</param>
/// <param name="ShipTo">Where a ship order goes.</param>
/// <param name="PickupStore">Where a pick-up order is collected.</param>
/// <param name="Lines">What was ordered.</param>
/// <param name="Legs">Each location's part.</param>
/// <param name="Plan">The sourcing decision and why other candidates lost; null before sourcing.</param>
/// <param name="Returned">Units returned per SKU.</param>
/// <param name="History">What happened, oldest first.</param>
/// <param name="PlacedAt">When it was placed.</param>
public sealed record OrderDetail(
    string Id,
    string Channel,
    string? Customer,
    string Status,
    string Delivery,
    GeoPosition? ShipTo,
    string? PickupStore,
    IReadOnlyList<LineItem> Lines,
    IReadOnlyList<OrderLegView> Legs,
    SourcingPlanView? Plan,
    IReadOnlyList<LineItem> Returned,
    IReadOnlyList<OrderEventView> History,
    DateTimeOffset PlacedAt);
