using System.Diagnostics.CodeAnalysis;

namespace Grid.Api.Streams;

internal sealed partial class PendingAvailability
{
    public override bool TryRead([MaybeNullWhen(false)] out AvailabilityEvent item)
    {
        var read = TryReadEncoded(out var encoded);
        item = encoded?.Event;
        return read;
    }

    /// <summary>Reads the next event already encoded (shared with the other subscribers at the same position).</summary>
    public bool TryReadEncoded([MaybeNullWhen(false)] out EncodedAvailability item)
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

                if (_paged.TryDequeue(out var paged))
                {
                    // Paged values come in sequence order and every change after them is still owed, so a value's own
                    // sequence is a safe resume point.
                    Volatile.Write(ref _delivered, paged.Value.Sequence);
                    item = ToEvent(paged.Value, paged.Kind, paged.Value.Sequence);
                    return true;
                }

                if (_pagingDone)
                {
                    return TryReadChange(out item);
                }
            }

            // Outside this lock: the feed takes its own lock, and offers changes to this reader.
            ReadPage();
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

            if (_order.Count > 0 || _paged.Count > 0 || !_pagingDone)
            {
                return new ValueTask<bool>(true);
            }

            _waiter ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting = _waiter.Task;
        }

        return new ValueTask<bool>(cancellationToken.CanBeCanceled ? waiting.WaitAsync(cancellationToken) : waiting);
    }

    private bool TryReadChange([MaybeNullWhen(false)] out EncodedAvailability item)
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

    private void ReadPage()
    {
        long after, through;
        lock (_lock)
        {
            (after, through) = (_pagingCursor, _pagingThrough);
        }

        _page.Clear();
        var reached = _feed.ReadSnapshot(after, through, _skus, _page, PageSize, out var done);
        lock (_lock)
        {
            if (_completed)
            {
                return;
            }

            foreach (var value in _page)
            {
                _paged.Enqueue((value, _pagingKind));
            }

            // Paging may have been extended meanwhile (more changes overflowed): then it is not done yet.
            _pagingCursor = Math.Max(_pagingCursor, reached);
            _pagingDone = done && through == _pagingThrough;
            Settle();
        }
    }
}
