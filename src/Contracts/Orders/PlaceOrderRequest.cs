using Grid.Contracts.Locations;

namespace Grid.Contracts.Orders;

/// <summary>An order to place on the caller's channel (the order's id is in the route, <c>PUT /v1/orders/{id}</c>).</summary>
/// <param name="Delivery"><c>ship</c> (to <paramref name="ShipTo"/>) or <c>pickup</c> (at <paramref name="PickupStore"/>).</param>
/// <param name="Lines">1 to 100 lines, one per SKU, 1 to 1,000,000 units each.</param>
/// <param name="CustomerId">The customer, for the single view; null or left out for a guest.</param>
/// <param name="ShipTo">Where a ship order goes; null or left out for a pick-up order.</param>
/// <param name="PickupStore">The store a pick-up order is collected from (it must feed the channel); null or left out for a ship order.</param>
public sealed record PlaceOrderRequest(string Delivery, IReadOnlyList<LineItem> Lines, string? CustomerId = null, GeoPosition? ShipTo = null, string? PickupStore = null);
