using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>One moment a customer met the retailer, on one channel.</summary>
/// <param name="Channel">Where it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Reference">What it was about (a cart, order or case id, a page), 1 to 200 characters.</param>
/// <param name="At">When it happened.</param>
[GenerateSerializer]
public sealed record Touchpoint(ChannelId Channel, TouchpointKind Kind, string Reference, DateTimeOffset At);
