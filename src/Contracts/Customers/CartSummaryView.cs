namespace Grid.Contracts.Customers;

/// <summary>A customer's cart in the single view.</summary>
/// <param name="Cart">The cart.</param>
/// <param name="Channel">The channel it was last used on.</param>
/// <param name="Lines">Its lines.</param>
/// <param name="Units">Units over all lines.</param>
/// <param name="State"><c>open</c>, <c>checked-out</c> or <c>abandoned</c>.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record CartSummaryView(string Cart, string Channel, int Lines, int Units, string State, DateTimeOffset UpdatedAt);
