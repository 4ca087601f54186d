namespace Grid.Contracts.Customers;

/// <summary>One moment a customer met the retailer, on one channel.</summary>
/// <param name="Channel">Where it happened.</param>
/// <param name="Kind"><c>visit</c>, <c>cart-activity</c>, <c>checkout</c>, <c>order-update</c>, <c>return</c> or <c>support</c>.</param>
/// <param name="Reference">What it was about (a cart, order or case id, a page).</param>
/// <param name="At">When it happened.</param>
public sealed record TouchpointView(string Channel, string Kind, string Reference, DateTimeOffset At);
