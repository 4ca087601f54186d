namespace Grid.Grains.Inventory;

/// <summary>
/// Why an inventory operation was rejected. Each value maps to a stable code (<see cref="InventoryErrorCodes"/>)
/// that the API returns; rejections are decided in memory and change nothing.
/// </summary>
public enum InventoryError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>A quantity is not between 1 and 1,000,000 (or a level is out of range). Code <c>invalid_quantity</c>.</summary>
    InvalidQuantity,

    /// <summary>Fewer units are available to sell than asked for. Code <c>insufficient_stock</c>.</summary>
    InsufficientStock,

    /// <summary>No reservation has this id (it was never made, or was released or committed). Code <c>unknown_reservation</c>.</summary>
    UnknownReservation,

    /// <summary>The reservation's hold ran out before the operation. Code <c>reservation_expired</c>.</summary>
    ReservationExpired,

    /// <summary>A reservation with this id already exists with other terms. Code <c>reservation_exists</c>.</summary>
    ReservationExists,

    /// <summary>No allocation exists for this order, or it is smaller than asked. Code <c>unknown_allocation</c>.</summary>
    UnknownAllocation,

    /// <summary>The idempotency key was already used for a different request. Code <c>idempotency_key_reused</c>.</summary>
    IdempotencyKeyReused,

    /// <summary>A hold duration is not between 1 second and 30 days. Code <c>invalid_hold</c>.</summary>
    InvalidHold,

    /// <summary>No expected inbound supply has this id, or it is smaller than received. Code <c>unknown_inbound</c>.</summary>
    UnknownInbound,

    /// <summary>A transfer or inbound id was already used with other terms. Code <c>duplicate_reference</c>.</summary>
    DuplicateReference,

    /// <summary>A free-text field (owner, reason, reference) is empty, too long or not printable. Code <c>invalid_text</c>.</summary>
    InvalidText,
}
