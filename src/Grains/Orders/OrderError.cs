namespace Grid.Grains.Orders;

/// <summary>Why an order operation was rejected; each value maps to a stable code (<see cref="OrderErrorCodes"/>).</summary>
public enum OrderError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>The request breaks a rule (lines, quantities, delivery details). Code <c>invalid_order</c>.</summary>
    InvalidOrder,

    /// <summary>No order has this id. Code <c>unknown_order</c>.</summary>
    UnknownOrder,

    /// <summary>The order was already placed by another request. Code <c>order_exists</c>.</summary>
    OrderExists,

    /// <summary>The channel was never defined. Code <c>unknown_channel</c>.</summary>
    UnknownChannel,

    /// <summary>No location could fill the order, or the pick-up store cannot. Code <c>not_sourceable</c>.</summary>
    NotSourceable,

    /// <summary>The order is not in a state that allows the operation. Code <c>invalid_transition</c>.</summary>
    InvalidTransition,

    /// <summary>The location has no part in this order, or does not accept returns. Code <c>wrong_location</c>.</summary>
    WrongLocation,

    /// <summary>More units returned than were fulfilled and not yet returned. Code <c>return_exceeds_order</c>.</summary>
    ReturnExceedsOrder,

    /// <summary>The idempotency key was already used for a different request. Code <c>idempotency_key_reused</c>.</summary>
    IdempotencyKeyReused,
}
