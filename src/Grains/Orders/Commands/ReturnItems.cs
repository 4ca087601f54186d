using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Orders.Commands;

/// <summary>
/// Units of one line brought back at any location that accepts returns: restocked there when resellable, written off
/// otherwise.
/// </summary>
[GenerateSerializer]
public sealed record ReturnItems(IdempotencyKey Key, SkuId Sku, int Quantity, LocationId Location, bool Resellable);
