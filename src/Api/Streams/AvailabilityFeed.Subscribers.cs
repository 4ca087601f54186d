using System.Runtime.InteropServices;
using Grid.Grains.Ids;

namespace Grid.Api.Streams;

internal sealed partial class AvailabilityFeed
{
    private const int MaxSnapshotScan = 4_096;

    /// <summary>Subscribers now.</summary>
    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>The largest lag of any subscriber (feed sequence less its last delivered), 0 without subscribers.</summary>
    public long MaxLag
    {
        get
        {
            var sequence = Sequence;
            var max = 0L;
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                max = Math.Max(max, sequence - subscriber.Delivered);
            }

            return max;
        }
    }

    /// <summary>
    /// Subscribes, optionally to some SKUs only. An id of this feed whose changes after it are all still kept resumes
    /// exactly after it; no id, or a foreign, expired, malformed or future one, starts with a snapshot of every value.
    /// </summary>
    public AvailabilitySubscription Subscribe(string? lastEventId, IReadOnlySet<SkuId>? skus = null)
    {
        lock (_lock)
        {
            _log.Trim(_time.GetUtcNow());
            var resumed = FeedEventId.TryParse(lastEventId, out var id) && id.Epoch == Epoch && _log.Covers(id.Sequence);
            PendingAvailability pending;
            if (resumed)
            {
                pending = new PendingAvailability(this, skus, _maxPending, id.Sequence, snapshot: false);
                var missed = new List<AvailabilityChange>();
                _log.CopyAfter(id.Sequence, missed);
                pending.Offer(CollectionsMarshal.AsSpan(missed));
            }
            else
            {
                pending = new PendingAvailability(this, skus, _maxPending, _sequence, snapshot: true);
            }

            // A batch being published was taken before this, so it holds only changes up to the position just taken.
            Volatile.Write(ref _subscribers, [.. _subscribers, pending]);
            return new AvailabilitySubscription(this, pending, resumed);
        }
    }

    /// <summary>Reads a page of current values whose last change is after <paramref name="after"/> and up to <paramref name="through"/>.</summary>
    internal long ReadSnapshot(long after, long through, IReadOnlySet<SkuId>? skus, List<AvailabilityChange> into, int maxItems, out bool done)
    {
        lock (_lock)
        {
            return _order.Read(after, through, skus, into, maxItems, MaxSnapshotScan, out done);
        }
    }

    internal void Unsubscribe(PendingAvailability pending)
    {
        lock (_lock)
        {
            var index = Array.IndexOf(_subscribers, pending);
            if (index >= 0)
            {
                Volatile.Write(ref _subscribers, [.. _subscribers.AsSpan(0, index), .. _subscribers.AsSpan(index + 1)]);
            }
        }

        pending.Complete();
    }
}
