namespace Grid.Grains.Inventory;

/// <summary>The stable codes of <see cref="InventoryError"/>, as APIs return them.</summary>
public static class InventoryErrorCodes
{
    /// <summary>The code of an error; stable across versions.</summary>
    public static string ToCode(this InventoryError error) => error switch
    {
        InventoryError.None => "none",
        InventoryError.InvalidQuantity => "invalid_quantity",
        InventoryError.InsufficientStock => "insufficient_stock",
        InventoryError.UnknownReservation => "unknown_reservation",
        InventoryError.ReservationExpired => "reservation_expired",
        InventoryError.ReservationExists => "reservation_exists",
        InventoryError.UnknownAllocation => "unknown_allocation",
        InventoryError.IdempotencyKeyReused => "idempotency_key_reused",
        InventoryError.InvalidHold => "invalid_hold",
        InventoryError.UnknownInbound => "unknown_inbound",
        InventoryError.DuplicateReference => "duplicate_reference",
        InventoryError.InvalidText => "invalid_text",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown inventory error."),
    };
}
