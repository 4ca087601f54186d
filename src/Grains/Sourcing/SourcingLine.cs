using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>Units of one SKU to source.</summary>
[GenerateSerializer]
public sealed record SourcingLine(SkuId Sku, int Quantity);
