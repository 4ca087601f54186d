namespace Grid.Contracts.Orders;

/// <summary>Units of one SKU: a line of an order or a cart, what a leg fills, what came back.</summary>
/// <param name="Sku">The SKU: 1 to 64 ASCII letters, digits and - _ . :</param>
/// <param name="Quantity">Units, 1 to 1,000,000.</param>
public sealed record LineItem(string Sku, int Quantity);
