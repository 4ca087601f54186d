using Grid.Grains.Orders;
using Grid.Runtime;

namespace Grid.Grains.Carts;

/// <summary>The outcome of a cart operation, the cart as it is now, and for a checkout the order's outcome.</summary>
[GenerateSerializer]
public sealed record CartResult(CartError Error, string? Detail, CartView? Cart, OrderResult? Order, bool Replayed)
{
    /// <summary>True when the operation was applied (or replayed).</summary>
    public bool Accepted => Error == CartError.None;
}
