using System.Runtime.InteropServices;
using System.Threading.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;

namespace Grid.Api.Streams;

/// <summary>
/// One subscriber's undelivered values, for a single reader. Changes are conflated: at most one pending value per
/// SKU-location, the latest, delivered in the order the SKU-locations first became pending. Values the subscriber is
/// owed in bulk are not copied but paged from the feed in the order of their last change: the snapshot a fresh stream
/// starts with, and everything changed since its resume point once more SKU-locations are pending than the limit (so
/// a stalled subscriber holds a bounded amount whatever the channel's size). Each event's id is the subscriber's resume
/// point: every change up to it has been delivered or superseded.
/// </summary>
internal sealed partial class PendingAvailability : ChannelReader<AvailabilityEvent>
{
    private const int PageSize = 256;
    private readonly Lock _lock = new();
    private readonly AvailabilityFeed _feed;
    private readonly IReadOnlySet<SkuId>? _skus;
    private readonly int _maxPending;
    private readonly Queue<InventoryKey> _order = new();
    private readonly Dictionary<InventoryKey, Pending> _pending = [];
    private readonly Queue<(AvailabilityChange Value, string Kind)> _paged = new();
    private readonly List<AvailabilityChange> _page = [];
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _pagingKind;
    private long _pagingCursor;
    private long _pagingThrough;
    private bool _pagingDone;
    private long _offered;
    private long _delivered;
    private bool _completed;
    private TaskCompletionSource<bool>? _waiter;
    private Action? _ready;

    /// <summary>Starts at <paramref name="position"/>: with a snapshot of the values up to it, or resuming after it.</summary>
    public PendingAvailability(AvailabilityFeed feed, IReadOnlySet<SkuId>? skus, int maxPending, long position, bool snapshot)
    {
        _feed = feed;
        _skus = skus;
        _maxPending = maxPending;
        _offered = position;
        _pagingKind = AvailabilityEvent.Snapshot;
        _pagingThrough = snapshot ? position : 0;
        _pagingDone = !snapshot;
        _delivered = snapshot ? 0 : position;
    }

    /// <summary>The feed sequence every change up to which has been delivered (or was never owed to this subscriber).</summary>
    public long Delivered => Volatile.Read(ref _delivered);

    public override bool CanCount => true;

    /// <summary>Values held: pending changes and the page in hand (not values still to be paged from the feed).</summary>
    public override int Count
    {
        get
        {
            lock (_lock)
            {
                return _paged.Count + _order.Count;
            }
        }
    }

    public override Task Completion => _completion.Task;

    /// <summary>
    /// Calls <paramref name="ready"/> whenever values become readable (on the thread that offers them, outside this
    /// reader's lock), for a writer that pushes instead of waiting; it must not throw.
    /// </summary>
    public void OnReady(Action ready)
    {
        lock (_lock)
        {
            _ready = ready;
        }
    }

    /// <summary>Takes the feed's changes (the feed offers them one batch at a time, in sequence order).</summary>
    public void Offer(ReadOnlySpan<AvailabilityChange> changes)
    {
        TaskCompletionSource<bool>? wake = null;
        Action? ready = null;
        lock (_lock)
        {
            if (_completed || changes.IsEmpty)
            {
                return;
            }

            foreach (var change in changes)
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

            if (_order.Count > _maxPending)
            {
                PageInstead();
            }

            if (_order.Count > 0 || !_pagingDone)
            {
                (wake, _waiter) = (_waiter, null);
                ready = _ready;
            }
            else
            {
                Settle();
            }
        }

        wake?.TrySetResult(true);
        ready?.Invoke();
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
            _ready = null;
            _order.Clear();
            _pending.Clear();
            _paged.Clear();
            (wake, _waiter) = (_waiter, null);
        }

        wake?.TrySetResult(false);
        _completion.TrySetResult();
    }

    /// <summary>
    /// Drops the pending changes for paging: every pending SKU-location changed after the resume point, so paging the
    /// feed's values changed after it, up to the last change offered, delivers each of them (in last-change order).
    /// </summary>
    private void PageInstead()
    {
        _order.Clear();
        _order.TrimExcess();
        _pending.Clear();
        _pending.TrimExcess();
        if (_pagingDone && _paged.Count == 0)
        {
            _pagingCursor = _delivered;
            _pagingKind = AvailabilityEvent.Change;
        }

        // Mid-paging the cursor stays: what it passed was delivered, or changed since and lies ahead of it again.
        _pagingThrough = _offered;
        _pagingDone = false;
    }

    private void Settle()
    {
        if (_pagingDone && _paged.Count == 0 && _order.Count == 0)
        {
            Volatile.Write(ref _delivered, _offered);
        }
    }

    private EncodedAvailability ToEvent(in AvailabilityChange change, string kind, long resumeAt) => _feed.Encoded.Get(change, kind, resumeAt);

    private readonly record struct Pending(long First, AvailabilityChange Latest);
}
