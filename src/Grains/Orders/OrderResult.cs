using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>The outcome of an order operation: accepted (Error is None) or rejected with a reason; the order as it is now.</summary>
[GenerateSerializer]
public sealed record OrderResult(OrderError Error, string? Detail, OrderView? Order, bool Replayed)
{
    /// <summary>True when the operation was applied (or replayed).</summary>
    public bool Accepted => Error == OrderError.None;
}
