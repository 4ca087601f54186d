namespace Grid.Grains.Carts;

/// <summary>The stable codes of <see cref="CartError"/>, as APIs return them.</summary>
public static class CartErrorCodes
{
    /// <summary>The code of an error; stable across versions.</summary>
    public static string ToCode(this CartError error) => error switch
    {
        CartError.None => "none",
        CartError.InvalidCart => "invalid_cart",
        CartError.UnknownCart => "unknown_cart",
        CartError.CartClosed => "cart_closed",
        CartError.UnknownChannel => "unknown_channel",
        CartError.InsufficientStock => "insufficient_stock",
        CartError.CheckoutFailed => "checkout_failed",
        CartError.IdempotencyKeyReused => "idempotency_key_reused",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown cart error."),
    };
}
