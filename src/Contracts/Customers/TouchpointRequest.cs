namespace Grid.Contracts.Customers;

/// <summary>A touchpoint on the caller's channel, recorded now.</summary>
/// <param name="Kind"><c>visit</c>, <c>cart-activity</c>, <c>checkout</c>, <c>order-update</c>, <c>return</c> or <c>support</c>.</param>
/// <param name="Reference">What it was about (a cart, order or case id, a page), 1 to 200 printable characters.</param>
public sealed record TouchpointRequest(string Kind, string Reference);
