using Grid.Grains.Ids;

namespace Grid.Benchmarks.Sourcing;

/// <summary>Available to sell of one SKU, keyed by location id text (ordinal string keys hash fastest).</summary>
internal sealed record SkuColumn(SkuId Sku, Dictionary<string, long> AvailableToSell);
