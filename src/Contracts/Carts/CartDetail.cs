using Grid.Contracts.Orders;

namespace Grid.Contracts.Carts;

/// <summary>A cart: its lines, the stock it holds, when the holds run out, and the order it became.</summary>
/// <param name="Id">The cart.</param>
/// <param name="Channel">The channel the customer uses it on now.</param>
/// <param name="Customer">The customer, when known.</param>
/// <param name="State"><c>open</c>, <c>checked-out</c> or <c>abandoned</c>.</param>
/// <param name="Lines">The lines.</param>
/// <param name="Holds">Stock held for the cart (channels that hold at add to cart).</param>
/// <param name="ExpiresAt">When the holds run out unless the cart is used again (every change extends them).</param>
/// <param name="Order">The order it became at checkout.</param>
public sealed record CartDetail(
    string Id,
    string Channel,
    string? Customer,
    string State,
    IReadOnlyList<LineItem> Lines,
    IReadOnlyList<CartHoldView> Holds,
    DateTimeOffset ExpiresAt,
    string? Order);
