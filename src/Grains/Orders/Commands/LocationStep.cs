using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Orders.Commands;

/// <summary>A step one location reports for its part of an order (picked, shipped).</summary>
[GenerateSerializer]
public sealed record LocationStep(IdempotencyKey Key, LocationId Location);
