namespace Grid.Contracts.Inventory;

/// <summary>A physical change of on hand: a till sale or shrink (negative), a find (positive).</summary>
/// <param name="Delta">−1,000,000 to 1,000,000, not 0.</param>
/// <param name="Reason">1 to 128 printable characters.</param>
public sealed record AdjustRequest(int Delta, string Reason);
