namespace Grid.Contracts.Inventory;

/// <summary>Moves a hold's expiry to now plus the new hold.</summary>
/// <param name="HoldSeconds">1 second to 30 days.</param>
public sealed record ExtendRequest(int HoldSeconds);
