namespace Grid.Contracts.Inventory;

/// <summary>Units of an order's allocation: shipped (fulfil) or given back (release).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Quantity">1 to 1,000,000.</param>
public sealed record AllocationRequest(string OrderId, int Quantity);
