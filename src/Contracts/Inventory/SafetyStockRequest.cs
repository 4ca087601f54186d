namespace Grid.Contracts.Inventory;

/// <summary>Sets the units held back from sale at the location.</summary>
/// <param name="Quantity">0 to 1,000,000.</param>
public sealed record SafetyStockRequest(int Quantity);
