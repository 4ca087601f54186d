using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>One entry of an order's append-only history.</summary>
[GenerateSerializer]
public sealed record OrderEvent(DateTimeOffset At, string Kind, string Detail);
