using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Carts;

/// <summary>Units of one SKU in a cart.</summary>
[GenerateSerializer]
public sealed record CartLine(SkuId Sku, int Quantity);
