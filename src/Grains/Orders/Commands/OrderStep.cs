using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Orders.Commands;

/// <summary>A step of the whole order (release, ready for pick-up, picked up, delivered).</summary>
[GenerateSerializer]
public sealed record OrderStep(IdempotencyKey Key);
