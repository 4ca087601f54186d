namespace Grid.Contracts.Orders;

/// <summary>Cancels an order before any part of it ships; its allocations go back to sale.</summary>
/// <param name="Reason">Why, 1 to 200 characters.</param>
public sealed record CancelOrderRequest(string Reason);
