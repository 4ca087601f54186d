using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>Units of one SKU of an order that came back, at any location.</summary>
/// <param name="Order">The order they were bought with.</param>
/// <param name="Sku">What came back.</param>
/// <param name="Quantity">How many units, 1 to 1,000,000.</param>
/// <param name="Location">Where they came back.</param>
/// <param name="Restocked">True when they went back on hand, false when written off.</param>
/// <param name="At">When they came back.</param>
[GenerateSerializer]
public sealed record ReturnSummary(OrderId Order, SkuId Sku, int Quantity, LocationId Location, bool Restocked, DateTimeOffset At);
