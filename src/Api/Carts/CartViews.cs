using Grid.Api.Orders;
using Grid.Api.Problems;
using Grid.Contracts.Carts;
using Grid.Grains.Carts;

namespace Grid.Api.Carts;

/// <summary>Carts in the API's shapes.</summary>
internal static class CartViews
{
    public static CartDetail Of(CartView cart) => new(
        cart.Id.Value,
        cart.Channel.Value,
        cart.Customer?.Value,
        WireNames.Of(cart.State),
        [.. cart.Lines.Select(l => new Contracts.Orders.LineItem(l.Sku.Value, l.Quantity))],
        [.. cart.Holds.Select(h => new CartHoldView(h.Sku.Value, h.Location.Value, h.Quantity))],
        cart.ExpiresAt,
        cart.Order?.Value);

    public static CheckoutDetail Of(CartView cart, Grains.Orders.OrderView order) => new(Of(cart), OrderViews.Of(order, forChannel: true));
}
