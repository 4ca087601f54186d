namespace Grid.Contracts.Inventory;

/// <summary>Everything ops see of one SKU at one location.</summary>
/// <param name="Levels">On hand, reserved, allocated, safety stock, available-to-sell.</param>
/// <param name="Reservations">Open holds, oldest first.</param>
/// <param name="Inbound">Expected supply, earliest first.</param>
public sealed record StockDetail(StockLevels Levels, IReadOnlyList<ReservationView> Reservations, IReadOnlyList<InboundView> Inbound);
