using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace Grid.Api.Streams;

/// <summary>A subscriber of a channel's feed; dispose it to stop and leave the feed.</summary>
internal sealed class AvailabilitySubscription : IDisposable
{
    private readonly AvailabilityFeed _feed;
    private readonly PendingAvailability _pending;

    public AvailabilitySubscription(AvailabilityFeed feed, PendingAvailability pending, bool resumed)
    {
        _feed = feed;
        _pending = pending;
        Resumed = resumed;
    }

    /// <summary>The events, for one reader: a snapshot then changes, or exactly the changes after the resume point.</summary>
    public ChannelReader<AvailabilityEvent> Reader => _pending;

    /// <summary>Reads the next event already encoded for the wire; false when none is pending now.</summary>
    public bool TryReadEncoded([MaybeNullWhen(false)] out EncodedAvailability item) => _pending.TryReadEncoded(out item);

    /// <summary>Calls <paramref name="ready"/> on the offering thread whenever events become readable (for a writer that pushes).</summary>
    public void OnReady(Action ready) => _pending.OnReady(ready);

    /// <summary>True when the resume point was honoured; false when the stream starts with a snapshot.</summary>
    public bool Resumed { get; }

    /// <summary>How many feed sequence numbers this subscriber is behind.</summary>
    public long Lag => Math.Max(0, _feed.Sequence - _pending.Delivered);

    public void Dispose() => _feed.Unsubscribe(_pending);
}
