namespace Grid.Contracts.Inventory;

/// <summary>Ring-fences units of a SKU at a location for one channel: no other channel may take them.</summary>
/// <param name="Quantity">0 (removes the pool) to 1,000,000.</param>
public sealed record PoolRequest(int Quantity);
