using Grid.Grains.Carts;
using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>A customer's cart as the single view shows it; the cart grain sends a new one after each change.</summary>
/// <param name="Cart">The cart.</param>
/// <param name="Channel">The channel it was last used on.</param>
/// <param name="Lines">Its lines (0 or more).</param>
/// <param name="Units">Units over all lines (0 or more).</param>
/// <param name="State">Open, checked out or abandoned.</param>
/// <param name="UpdatedAt">When the cart last changed; an older summary never replaces a newer one.</param>
[GenerateSerializer]
public sealed record CartSummary(CartId Cart, ChannelId Channel, int Lines, int Units, CartState State, DateTimeOffset UpdatedAt);
