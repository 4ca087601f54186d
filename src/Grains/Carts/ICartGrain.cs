using Grid.Grains.Carts.Commands;
using Grid.Runtime;

namespace Grid.Grains.Carts;

/// <summary>
/// One cart, keyed by its <see cref="Ids.CartId"/>. Lines, and the holds the channel's policy takes (at add or at
/// checkout), which every change extends; it follows its customer across channels and becomes an order at checkout.
/// </summary>
public interface ICartGrain : IGrainWithStringKey
{
    /// <summary>Adds units of a SKU; under an add-to-cart policy they are held before this returns.</summary>
    ValueTask<CartResult> AddLineAsync(AddCartLine command);

    /// <summary>Removes a SKU's line and releases its holds.</summary>
    ValueTask<CartResult> RemoveLineAsync(RemoveCartLine command);

    /// <summary>Carries the cart on in another channel.</summary>
    ValueTask<CartResult> SwitchChannelAsync(SwitchCartChannel command);

    /// <summary>Places the cart's order; the cart closes when the order is placed.</summary>
    ValueTask<CartResult> CheckoutAsync(CheckoutCart command);

    /// <summary>The cart; null when nothing was ever added.</summary>
    ValueTask<CartView?> GetAsync();
}
