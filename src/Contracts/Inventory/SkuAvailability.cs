namespace Grid.Contracts.Inventory;

/// <summary>What a channel may sell of one SKU at each of its locations, and in all.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Available">Units the channel may sell at all its locations together.</param>
/// <param name="Locations">Per location, nearest first when the caller says where it is, otherwise by location id.</param>
public sealed record SkuAvailability(string Sku, long Available, IReadOnlyList<ChannelAvailability> Locations);
