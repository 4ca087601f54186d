namespace Grid.Contracts.Inventory;

/// <summary>Returned units taken back: resellable ones go back on hand, others are written off.</summary>
/// <param name="Quantity">1 to 1,000,000.</param>
/// <param name="Resellable">Whether they can be sold again.</param>
/// <param name="Reference">What they came back under (a return id), 1 to 128 printable characters.</param>
public sealed record ReturnStockRequest(int Quantity, bool Resellable, string Reference);
