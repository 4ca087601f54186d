namespace Grid.Contracts.Customers;

/// <summary>Units of an order that came back, in the single view.</summary>
/// <param name="Order">The order they were bought with.</param>
/// <param name="Sku">What came back.</param>
/// <param name="Quantity">Units.</param>
/// <param name="Location">Where they came back.</param>
/// <param name="Restocked">True when they went back on hand, false when written off.</param>
/// <param name="At">When.</param>
public sealed record ReturnSummaryView(string Order, string Sku, int Quantity, string Location, bool Restocked, DateTimeOffset At);
