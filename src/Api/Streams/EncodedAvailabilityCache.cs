namespace Grid.Api.Streams;

/// <summary>
/// A feed's recently encoded events, so the subscribers that are caught up (all at the same position, wanting the same
/// event with the same id) share one encoding instead of serializing it a thousand times. A small table without locks:
/// a slot holds the last event encoded for it, and a miss (another position, a collision) just encodes again.
/// </summary>
internal sealed class EncodedAvailabilityCache(string epoch)
{
    private const int Slots = 64;
    private readonly EncodedAvailability?[] _slots = new EncodedAvailability?[Slots];

    /// <summary>The event of <paramref name="change"/> with the id <paramref name="resumeAt"/>, encoded once for everyone.</summary>
    public EncodedAvailability Get(in AvailabilityChange change, string kind, long resumeAt)
    {
        var slot = (int)((change.Sequence * 31 + resumeAt) & (Slots - 1));
        var cached = Volatile.Read(ref _slots[slot]);
        if (cached is not null && cached.Is(change.Sequence, resumeAt, kind))
        {
            return cached;
        }

        var encoded = new EncodedAvailability(
            new AvailabilityEvent(FeedEventId.Format(epoch, resumeAt), kind, change.Key.Sku.Value, change.Key.Location.Value, change.Available, change.At),
            change.Sequence,
            resumeAt);
        Volatile.Write(ref _slots[slot], encoded);
        return encoded;
    }
}
