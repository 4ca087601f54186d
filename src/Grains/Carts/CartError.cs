namespace Grid.Grains.Carts;

/// <summary>Why a cart operation was rejected; each value maps to a stable code (<see cref="CartErrorCodes"/>).</summary>
public enum CartError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>The request breaks a rule (quantity, too many lines). Code <c>invalid_cart</c>.</summary>
    InvalidCart,

    /// <summary>The cart has no lines yet. Code <c>unknown_cart</c>.</summary>
    UnknownCart,

    /// <summary>The cart was checked out. Code <c>cart_closed</c>.</summary>
    CartClosed,

    /// <summary>The channel was never defined. Code <c>unknown_channel</c>.</summary>
    UnknownChannel,

    /// <summary>The channel holds stock at add and none could be held. Code <c>insufficient_stock</c>.</summary>
    InsufficientStock,

    /// <summary>The order could not be placed; the order result says why. Code <c>checkout_failed</c>.</summary>
    CheckoutFailed,

    /// <summary>The idempotency key was already used for a different request. Code <c>idempotency_key_reused</c>.</summary>
    IdempotencyKeyReused,
}
