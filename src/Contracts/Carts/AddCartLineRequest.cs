using Grid.Contracts.Locations;

namespace Grid.Contracts.Carts;

/// <summary>Adds units of a SKU to a cart (the first line creates the cart, <c>POST /v1/carts</c>).</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">Units to add, 1 to 1,000,000 (a line holds at most 1,000,000 in all).</param>
/// <param name="CustomerId">The customer, when known: attaches the cart to the customer's single view. A cart keeps one customer.</param>
/// <param name="Near">Where the customer is or ships to: a channel that holds stock at add holds it nearest this point.</param>
/// <param name="PickupStore">The store the customer will collect from (it must feed the channel): holds taken at add are taken there.</param>
public sealed record AddCartLineRequest(string Sku, int Quantity, string? CustomerId = null, GeoPosition? Near = null, string? PickupStore = null);
