namespace Grid.Contracts.Carts;

/// <summary>
/// Carries a customer's cart on in the caller's channel (started on the app, finished in store). The customer identifies
/// themselves: the request must name the cart's customer.
/// </summary>
/// <param name="CustomerId">The cart's customer.</param>
public sealed record SwitchCartRequest(string CustomerId);
