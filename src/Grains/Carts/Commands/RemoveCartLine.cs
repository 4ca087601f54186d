using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Carts.Commands;

/// <summary>Removes a SKU's line from the cart and releases its holds.</summary>
[GenerateSerializer]
public sealed record RemoveCartLine(IdempotencyKey Key, SkuId Sku);
