using System.Globalization;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;

namespace Grid.Grains.SampleData;

/// <summary>
/// The loader's idempotency keys: fixed per seed and SKU-location, so loading a set again replays rather than applies.
/// Written with ':' because '@' is not allowed in an idempotency key.
/// </summary>
internal static class SampleIdempotencyKeys
{
    public static IdempotencyKey OnHand(int seed, InventoryKey key) => Create(seed, "onhand", $"{key.Sku}:{key.Location}");

    public static IdempotencyKey SafetyStock(int seed, InventoryKey key) => Create(seed, "safety", $"{key.Sku}:{key.Location}");

    /// <summary>The load day is part of the key: loaded on another day, the supply is found already expected rather than the key reused.</summary>
    public static IdempotencyKey Inbound(int seed, SampleInboundSupply supply, DateOnly today) =>
        Create(seed, "inbound", string.Create(CultureInfo.InvariantCulture, $"{supply.Supply}:{today:yyyyMMdd}"));

    private static IdempotencyKey Create(int seed, string kind, string subject) =>
        IdempotencyKey.Parse(string.Create(CultureInfo.InvariantCulture, $"sample:{seed}:{kind}:{subject}"));
}
