using Grid.Contracts.Orders;

namespace Grid.Contracts.Carts;

/// <summary>A checkout: the closed cart and the order it became.</summary>
/// <param name="Cart">The cart, now checked out.</param>
/// <param name="Order">The order.</param>
public sealed record CheckoutDetail(CartDetail Cart, OrderDetail Order);
