using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>An accepted command remembered by its key: its fingerprint (to reject a different payload) and outcome.</summary>
[GenerateSerializer]
public sealed record IdempotencyRecord(ulong Fingerprint, InventoryResult Result, DateTimeOffset AcceptedAt);
