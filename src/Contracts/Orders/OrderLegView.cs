namespace Grid.Contracts.Orders;

/// <summary>One location's part of an order.</summary>
/// <param name="Location">The location.</param>
/// <param name="Lines">What it fills.</param>
/// <param name="Status"><c>allocated</c>, <c>backordered</c>, <c>released</c>, <c>picked</c>, <c>fulfilled</c>, <c>cancelled</c> or <c>unfilled</c>.</param>
/// <param name="AvailableOn">For a backordered leg, the day its supply is promised.</param>
/// <param name="DistanceKm">Great-circle distance to the delivery point.</param>
public sealed record OrderLegView(string Location, IReadOnlyList<LineItem> Lines, string Status, DateOnly? AvailableOn, double DistanceKm);
