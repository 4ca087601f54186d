namespace Grid.Contracts.Inventory;

/// <summary>An accepted inventory change.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="Available">What the caller's channel may sell there now (for ops keys, the location's available-to-sell).</param>
/// <param name="ExpiresAt">When the hold runs out, for reservations and extensions.</param>
/// <param name="Replayed">True when the idempotency key had been applied before: the grid changed nothing this time.</param>
public sealed record InventoryOutcome(string Sku, string Location, long Available, DateTimeOffset? ExpiresAt, bool Replayed);
