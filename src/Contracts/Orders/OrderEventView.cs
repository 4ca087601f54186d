namespace Grid.Contracts.Orders;

/// <summary>One entry of an order's history.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened (<c>placed</c>, <c>sourced</c>, <c>released</c>, <c>picked</c>, <c>shipped</c>, <c>cancelled</c>, <c>returned</c> ...).</param>
/// <param name="Detail">A readable explanation.</param>
public sealed record OrderEventView(DateTimeOffset At, string Kind, string Detail);
