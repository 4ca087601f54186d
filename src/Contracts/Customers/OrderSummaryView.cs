namespace Grid.Contracts.Customers;

/// <summary>A customer's order in the single view.</summary>
/// <param name="Order">The order.</param>
/// <param name="Channel">The channel it was placed on.</param>
/// <param name="Status">Where it is (the order's status, kebab-case).</param>
/// <param name="Lines">Its lines.</param>
/// <param name="Units">Units over all lines.</param>
/// <param name="PlacedAt">When it was placed.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record OrderSummaryView(string Order, string Channel, string Status, int Lines, int Units, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
