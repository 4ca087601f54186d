namespace Grid.Api.Streams;

/// <summary>
/// What a channel may sell of one SKU at one location, as the availability streams send it (camelCase JSON).
/// </summary>
/// <param name="Id">
/// <c>{epoch}-{sequence}</c>: where to resume (send it as <c>Last-Event-ID</c> or <c>?lastEventId=</c>). Every change
/// up to that sequence has reached this subscriber; an id of an earlier server instance gets a fresh snapshot.
/// </param>
/// <param name="Kind"><see cref="Change"/> or <see cref="Snapshot"/> (a current value sent when a stream starts afresh).</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="Available">Units the channel may sell there: the location's available-to-sell less the channel's safety stock, at least 0.</param>
/// <param name="At">When the value last changed.</param>
public sealed record AvailabilityEvent(string Id, string Kind, string Sku, string Location, long Available, DateTimeOffset At)
{
    /// <summary>The kind of a change after the stream started.</summary>
    public const string Change = "change";

    /// <summary>The kind of a current value sent when a stream starts afresh.</summary>
    public const string Snapshot = "snapshot";
}
