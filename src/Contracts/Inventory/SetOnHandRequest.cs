namespace Grid.Contracts.Inventory;

/// <summary>Sets on hand to a counted level (a cycle count, an ERP/WMS sync).</summary>
/// <param name="OnHand">0 to 1,000,000,000.</param>
/// <param name="Reason">1 to 128 printable characters.</param>
public sealed record SetOnHandRequest(long OnHand, string Reason);
