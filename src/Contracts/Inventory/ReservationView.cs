namespace Grid.Contracts.Inventory;

/// <summary>An open hold.</summary>
/// <param name="ReservationId">The channel's id for it.</param>
/// <param name="Channel">The channel that holds it.</param>
/// <param name="Quantity">Units held.</param>
/// <param name="Owner">Who holds it.</param>
/// <param name="ExpiresAt">When it runs out.</param>
/// <param name="CreatedAt">When it was taken.</param>
public sealed record ReservationView(string ReservationId, string Channel, int Quantity, string Owner, DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt);
