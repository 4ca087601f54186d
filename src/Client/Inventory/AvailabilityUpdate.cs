namespace Grid.Client.Inventory;

/// <summary>What the channel may sell of a SKU at a location, as of <see cref="At"/>: one event of an availability stream.</summary>
/// <param name="Id">The event's id (<c>{epoch}-{sequence}</c>); pass it as <c>lastEventId</c> to resume after it.</param>
/// <param name="Kind">A change, or a snapshot of the current figure.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="Available">Units the channel may sell there now.</param>
/// <param name="At">When the figure was current.</param>
public sealed record AvailabilityUpdate(string Id, AvailabilityUpdateKind Kind, string Sku, string Location, long Available, DateTimeOffset At);
