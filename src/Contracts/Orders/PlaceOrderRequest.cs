using Grid.Contracts.Locations;

namespace Grid.Contracts.Orders;

/// <summary>An order to place on the caller's channel (the order's id is in the route, <c>PUT /v1/orders/{id}</c>).</summary>
/// <param name="CustomerId">The customer, for the single view; null for a guest.</param>
/// <param name="Delivery"><c>ship</c> (to <paramref name="ShipTo"/>) or <c>pickup</c> (at <paramref name="PickupStore"/>).</param>
/// <param name="ShipTo">Where a ship order goes; null for a pick-up order.</param>
/// <param name="PickupStore">The store a pick-up order is collected from (it must feed the channel); null for a ship order.</param>
/// <param name="Lines">1 to 100 lines, one per SKU, 1 to 1,000,000 units each.</param>
public sealed record PlaceOrderRequest(string? CustomerId, string Delivery, GeoPosition? ShipTo, string? PickupStore, IReadOnlyList<LineItem> Lines);
