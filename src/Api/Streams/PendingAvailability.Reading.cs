using System.Diagnostics.CodeAnalysis;

namespace Grid.Api.Streams;

internal sealed partial class PendingAvailability
{
    public override bool TryRead([MaybeNullWhen(false)] out AvailabilityEvent item)
    {
        while (true)
        {
            lock (_lock)
            {
                if (_completed)
                {
                    item = null;
                    return false;
                }

                if (_snapshot.TryDequeue(out var value))
                {
                    // Snapshot values come in sequence order and every change after them is still owed, so a value's own
                    // sequence is a safe resume point.
                    Volatile.Write(ref _delivered, value.Sequence);
                    item = ToEvent(value, AvailabilityEvent.Snapshot, value.Sequence);
                    return true;
                }

                if (_snapshotDone)
                {
                    return TryReadChange(out item);
                }
            }

            // Outside this lock: the feed takes its own and offers changes to this reader under it.
            ReadSnapshotPage();
        }
    }

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<bool>(cancellationToken);
        }

        Task<bool> waiting;
        lock (_lock)
        {
            if (_completed)
            {
                return new ValueTask<bool>(false);
            }

            if (_order.Count > 0 || _snapshot.Count > 0 || !_snapshotDone)
            {
                return new ValueTask<bool>(true);
            }

            _waiter ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting = _waiter.Task;
        }

        return new ValueTask<bool>(cancellationToken.CanBeCanceled ? waiting.WaitAsync(cancellationToken) : waiting);
    }

    private bool TryReadChange([MaybeNullWhen(false)] out AvailabilityEvent item)
    {
        if (!_order.TryDequeue(out var key))
        {
            Settle();
            item = null;
            return false;
        }

        _pending.Remove(key, out var pending);

        // Changes still pending began after the next one's first sequence; everything before it is delivered.
        var resumeAt = _order.TryPeek(out var next) ? _pending[next].First - 1 : _offered;
        Volatile.Write(ref _delivered, resumeAt);
        item = ToEvent(pending.Latest, AvailabilityEvent.Change, resumeAt);
        return true;
    }

    private void ReadSnapshotPage()
    {
        _page.Clear();
        _snapshotCursor = _feed.ReadSnapshot(_snapshotCursor, _snapshotThrough, _skus, _page, SnapshotPage, out var done);
        lock (_lock)
        {
            foreach (var value in _page)
            {
                _snapshot.Enqueue(value);
            }

            _snapshotDone = done;
            Settle();
        }
    }
}
