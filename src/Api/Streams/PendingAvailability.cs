using System.Runtime.InteropServices;
using System.Threading.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;

namespace Grid.Api.Streams;

/// <summary>
/// One subscriber's undelivered values, for a single reader. A stream that starts afresh first pages through its feed's
/// current values (nothing is copied up front, so a thousand subscribers do not each hold every value of the channel),
/// then gets changes. Changes are conflated: at most one pending value per SKU-location, the latest, delivered in the
/// order the SKU-locations first became pending, so a slow subscriber holds at most one value per SKU-location.
/// Each event's id is the subscriber's resume point: every change up to it has been delivered or superseded.
/// </summary>
internal sealed partial class PendingAvailability : ChannelReader<AvailabilityEvent>
{
    private const int SnapshotPage = 256;
    private readonly Lock _lock = new();
    private readonly AvailabilityFeed _feed;
    private readonly IReadOnlySet<SkuId>? _skus;
    private readonly Queue<InventoryKey> _order = new();
    private readonly Dictionary<InventoryKey, Pending> _pending = [];
    private readonly Queue<AvailabilityChange> _snapshot = new();
    private readonly List<AvailabilityChange> _page = [];
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _snapshotThrough;
    private long _snapshotCursor;
    private bool _snapshotDone;
    private long _offered;
    private long _delivered;
    private bool _completed;
    private TaskCompletionSource<bool>? _waiter;

    /// <summary>Starts at <paramref name="position"/>: with a snapshot of the values up to it, or resuming after it.</summary>
    public PendingAvailability(AvailabilityFeed feed, IReadOnlySet<SkuId>? skus, long position, bool snapshot)
    {
        _feed = feed;
        _skus = skus;
        _offered = position;
        _snapshotThrough = snapshot ? position : 0;
        _snapshotDone = !snapshot;
        _delivered = snapshot ? 0 : position;
    }

    /// <summary>The feed sequence every change up to which has been delivered (or was never owed to this subscriber).</summary>
    public long Delivered => Volatile.Read(ref _delivered);

    public override bool CanCount => true;

    /// <summary>Values waiting: pending changes and the snapshot page in hand (not the snapshot still to be paged).</summary>
    public override int Count
    {
        get
        {
            lock (_lock)
            {
                return _snapshot.Count + _order.Count;
            }
        }
    }

    public override Task Completion => _completion.Task;

    /// <summary>Takes the feed's changes (called under the feed's lock, in sequence order).</summary>
    public void Offer(List<AvailabilityChange> changes)
    {
        TaskCompletionSource<bool>? wake = null;
        lock (_lock)
        {
            if (_completed || changes.Count == 0)
            {
                return;
            }

            foreach (var change in CollectionsMarshal.AsSpan(changes))
            {
                _offered = change.Sequence;
                if (_skus is not null && !_skus.Contains(change.Key.Sku))
                {
                    continue;
                }

                ref var pending = ref CollectionsMarshal.GetValueRefOrAddDefault(_pending, change.Key, out var exists);
                if (exists)
                {
                    pending = pending with { Latest = change };
                }
                else
                {
                    pending = new Pending(change.Sequence, change);
                    _order.Enqueue(change.Key);
                }
            }

            if (_order.Count > 0)
            {
                (wake, _waiter) = (_waiter, null);
            }
            else
            {
                Settle();
            }
        }

        wake?.TrySetResult(true);
    }

    /// <summary>Ends the reader: nothing more is delivered.</summary>
    public void Complete()
    {
        TaskCompletionSource<bool>? wake;
        lock (_lock)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            _order.Clear();
            _pending.Clear();
            _snapshot.Clear();
            (wake, _waiter) = (_waiter, null);
        }

        wake?.TrySetResult(false);
        _completion.TrySetResult();
    }

    private void Settle()
    {
        if (_snapshotDone && _snapshot.Count == 0 && _order.Count == 0)
        {
            Volatile.Write(ref _delivered, _offered);
        }
    }

    private AvailabilityEvent ToEvent(AvailabilityChange change, string kind, long resumeAt) =>
        new(FeedEventId.Format(_feed.Epoch, resumeAt), kind, change.Key.Sku.Value, change.Key.Location.Value, change.Available, change.At);

    private readonly record struct Pending(long First, AvailabilityChange Latest);
}
