namespace Grid.Contracts.Orders;

/// <summary>Units of one fulfilled line brought back at a location that accepts returns.</summary>
/// <param name="Sku">The line's SKU.</param>
/// <param name="Quantity">Units, 1 to what was fulfilled and not yet returned.</param>
/// <param name="Location">Where they came back: restocked there when resellable.</param>
/// <param name="Resellable">True to put them back on hand, false to write them off.</param>
public sealed record ReturnItemsRequest(string Sku, int Quantity, string Location, bool Resellable);
