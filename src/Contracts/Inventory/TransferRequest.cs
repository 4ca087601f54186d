namespace Grid.Contracts.Inventory;

/// <summary>Units sent to (transfer out) or received from (transfer in) another location.</summary>
/// <param name="Transfer">The transfer's id, 1 to 128 printable characters.</param>
/// <param name="Quantity">1 to 1,000,000.</param>
/// <param name="OtherLocation">The destination (out) or the origin (in).</param>
public sealed record TransferRequest(string Transfer, int Quantity, string OtherLocation);
