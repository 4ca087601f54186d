namespace Grid.Contracts.Inventory;

/// <summary>What a channel may sell of one SKU at one of its locations (after the channel's safety stock).</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="Available">Units the channel may sell there now.</param>
public sealed record ChannelAvailability(string Sku, string Location, long Available);
