namespace Grid.Contracts.Carts;

/// <summary>Units of a SKU held for a cart at one location.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">Where they are held.</param>
/// <param name="Quantity">Units held.</param>
public sealed record CartHoldView(string Sku, string Location, int Quantity);
