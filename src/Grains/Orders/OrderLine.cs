using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>Units of one SKU on an order (1 to 1,000,000).</summary>
[GenerateSerializer]
public sealed record OrderLine(SkuId Sku, int Quantity);
