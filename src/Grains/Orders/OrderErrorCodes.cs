namespace Grid.Grains.Orders;

/// <summary>The stable codes of <see cref="OrderError"/>, as APIs return them.</summary>
public static class OrderErrorCodes
{
    /// <summary>The code of an error; stable across versions.</summary>
    public static string ToCode(this OrderError error) => error switch
    {
        OrderError.None => "none",
        OrderError.InvalidOrder => "invalid_order",
        OrderError.UnknownOrder => "unknown_order",
        OrderError.OrderExists => "order_exists",
        OrderError.UnknownChannel => "unknown_channel",
        OrderError.NotSourceable => "not_sourceable",
        OrderError.InvalidTransition => "invalid_transition",
        OrderError.WrongLocation => "wrong_location",
        OrderError.ReturnExceedsOrder => "return_exceeds_order",
        OrderError.IdempotencyKeyReused => "idempotency_key_reused",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown order error."),
    };
}
