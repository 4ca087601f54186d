namespace Grid.Grains.Channels;

/// <summary>When a channel's carts hold stock.</summary>
public enum ReservePolicy
{
    /// <summary>Adding a line to the cart holds its units (at the cart's pick-up store, or the nearest location that has them).</summary>
    AtAddToCart,

    /// <summary>Units are held when the customer checks out.</summary>
    AtCheckout,
}
