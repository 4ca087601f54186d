using Grid.Contracts.Locations;

namespace Grid.Contracts.Carts;

/// <summary>Turns the cart into an order on the cart's channel: its holds (and holds taken now for lines without one) become allocations.</summary>
/// <param name="OrderId">The new order's id, chosen by the caller (unique; a rejected checkout leaves a rejected order under it).</param>
/// <param name="Delivery"><c>ship</c> (to <paramref name="ShipTo"/>) or <c>pickup</c> (at <paramref name="PickupStore"/>).</param>
/// <param name="ShipTo">Where a ship order goes; null for a pick-up order.</param>
/// <param name="PickupStore">The store a pick-up order is collected from (it must feed the channel); null for a ship order.</param>
public sealed record CheckoutRequest(string OrderId, string Delivery, GeoPosition? ShipTo = null, string? PickupStore = null);
