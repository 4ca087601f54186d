using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Events;

namespace Grid.Api.Streams;

/// <summary>
/// One channel's availability: the channel-shaped value of every SKU-location it knows, each change numbered in one
/// sequence, the recent changes kept for resuming subscribers, and the subscribers. <see cref="Epoch"/> names this
/// instance, so ids handed out before a restart are recognised as foreign.
/// </summary>
internal sealed partial class AvailabilityFeed
{
    private readonly Lock _lock = new();
    private readonly Lock _publishing = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<InventoryKey, FeedEntry> _entries = [];
    private readonly SequenceOrder _order = new();
    private readonly RetentionLog _log;
    private readonly List<AvailabilityChange> _batch = [];
    private readonly int _maxPending;
    private PendingAvailability[] _subscribers = [];
    private ChannelShape _shape;
    private long _sequence;

    public AvailabilityFeed(ChannelProfile profile, string epoch, AvailabilityStreamOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        Channel = profile.Id;
        Epoch = epoch;
        _time = time;
        _shape = ChannelShape.Of(profile);
        _log = new RetentionLog(options.RetentionCount, options.RetentionAge);
        _maxPending = options.MaxPendingPerSubscriber;
        Encoded = new EncodedAvailabilityCache(epoch);
    }

    public ChannelId Channel { get; }

    public string Epoch { get; }

    /// <summary>The events of this feed encoded recently, shared by its subscribers.</summary>
    internal EncodedAvailabilityCache Encoded { get; }

    /// <summary>The sequence of the last change.</summary>
    public long Sequence => Volatile.Read(ref _sequence);

    /// <summary>SKU-locations known.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Applies inventory events: availability changes and shortages of the channel's locations; others are ignored.</summary>
    public void Apply(IReadOnlyList<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);

        // Publishing is serialized so every subscriber gets the changes in sequence order, but happens outside the
        // state lock, so snapshot readers and new subscribers do not wait for a thousand subscribers to be offered a batch.
        lock (_publishing)
        {
            AvailabilityChange[] changes;
            PendingAvailability[] subscribers;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                foreach (var @event in LatestPerKey(events))
                {
                    switch (@event)
                    {
                        case AvailabilityChanged changed:
                            Observe(changed.Key, changed.Availability, changed.At, now);
                            break;
                        case ShortageDetected shortage:
                            Observe(shortage.Key, shortage.Availability, shortage.At, now);
                            break;
                    }
                }

                (changes, subscribers) = TakeBatch();
            }

            Publish(changes, subscribers);
        }
    }

    /// <summary>
    /// The batch with only the last event of each SKU-location, in the order of those last events: a hot SKU's hundreds
    /// of changes in one batch cost one change per subscriber, not hundreds (its earlier values were superseded before
    /// anyone could be sent them).
    /// </summary>
    private static IReadOnlyList<object> LatestPerKey(IReadOnlyList<object> events)
    {
        if (events.Count < 2)
        {
            return events;
        }

        // The newest per key by its inventory sequence (an out-of-order older event never wins), the later on a tie.
        var last = new Dictionary<InventoryKey, int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (KeyOf(events[i]) is { } key && (!last.TryGetValue(key, out var kept) || SequenceOf(events[i]) >= SequenceOf(events[kept])))
            {
                last[key] = i;
            }
        }

        if (last.Count == events.Count)
        {
            return events;
        }

        var latest = new List<object>(last.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (KeyOf(events[i]) is { } key && last[key] == i)
            {
                latest.Add(events[i]);
            }
        }

        return latest;
    }

    private static long SequenceOf(object @event) => @event switch
    {
        AvailabilityChanged changed => changed.Availability.Sequence,
        ShortageDetected shortage => shortage.Availability.Sequence,
        _ => long.MinValue,
    };

    private static InventoryKey? KeyOf(object @event) => @event switch
    {
        AvailabilityChanged changed => changed.Key,
        ShortageDetected shortage => shortage.Key,
        _ => null,
    };

    private void Observe(InventoryKey key, AvailabilitySnapshot availability, DateTimeOffset at, DateTimeOffset now) =>
        Observe(key, availability.AvailableTo(_shape.Channel), availability.Sequence, at, now);

    private void Observe(InventoryKey key, long availableToSell, long sourceSequence, DateTimeOffset at, DateTimeOffset now)
    {
        if (!_shape.Feeds(key.Location))
        {
            return;
        }

        var known = _entries.TryGetValue(key, out var entry);
        if (!known)
        {
            entry = new FeedEntry(key);
            _entries.Add(key, entry);
        }
        else if (sourceSequence <= entry!.SourceSequence)
        {
            return;
        }

        entry!.AvailableToSell = availableToSell;
        entry.SourceSequence = sourceSequence;
        var available = _shape.Shape(availableToSell);
        if (!known || available != entry.Available)
        {
            Emit(entry, available, at, now, hadSlot: known);
        }
    }

    private void Emit(FeedEntry entry, long available, DateTimeOffset at, DateTimeOffset now, bool hadSlot)
    {
        entry.Available = available;
        entry.At = at;
        entry.Sequence = NextSequence();
        _order.Moved(entry, hadSlot);
        Append(entry.ToChange(), now);
    }

    private long NextSequence()
    {
        var next = _sequence + 1;
        Volatile.Write(ref _sequence, next);
        return next;
    }

    private void Append(AvailabilityChange change, DateTimeOffset now)
    {
        _log.Append(change, now);
        _batch.Add(change);
    }

    private (AvailabilityChange[] Changes, PendingAvailability[] Subscribers) TakeBatch()
    {
        var changes = _batch.Count == 0 ? [] : _batch.ToArray();
        _batch.Clear();
        return (changes, _subscribers);
    }

    private static void Publish(AvailabilityChange[] changes, PendingAvailability[] subscribers)
    {
        if (changes.Length == 0)
        {
            return;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Offer(changes);
        }
    }
}
