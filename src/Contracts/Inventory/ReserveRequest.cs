namespace Grid.Contracts.Inventory;

/// <summary>Holds units of a SKU at a location for the caller's channel.</summary>
/// <param name="ReservationId">The caller's id for the hold: 1 to 64 ASCII letters, digits and - _ . (no ':'), unique per channel.</param>
/// <param name="Quantity">Units, 1 to 1,000,000.</param>
/// <param name="HoldSeconds">How long the hold lasts, 1 second to 30 days.</param>
/// <param name="Owner">Who holds it (a cart, a checkout, a till), 1 to 128 printable characters.</param>
public sealed record ReserveRequest(string ReservationId, int Quantity, int HoldSeconds, string Owner);
