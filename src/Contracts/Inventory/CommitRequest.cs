namespace Grid.Contracts.Inventory;

/// <summary>Turns a hold into an allocation to an order.</summary>
/// <param name="OrderId">The order.</param>
public sealed record CommitRequest(string OrderId);
