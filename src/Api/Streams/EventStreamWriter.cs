using System.Buffers;
using System.IO.Pipelines;

namespace Grid.Api.Streams;

/// <summary>
/// Pushes one subscription's events to its server-sent event response. When the feed offers values, the offering
/// thread writes the frames and starts the flush itself, so a caught-up subscriber costs its frame and a send, not a
/// wake-up on the thread pool; a flush that has to wait (a slow client) continues on its own, and values offered
/// meanwhile are conflated by the subscription until it has finished. All writes to the response happen under one
/// lock, and none after <see cref="CloseAsync"/>.
/// </summary>
internal sealed class EventStreamWriter
{
    private const int MaxFramesPerFlush = 256;
    private readonly Lock _lock = new();
    private readonly AvailabilitySubscription _subscription;
    private readonly PipeWriter _body;
    private readonly Action<int> _delivered;  // told how many frames each write handed to the response
    private readonly CancellationToken _stop;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _flushing = Task.CompletedTask;
    private bool _busy;
    private bool _dirty;
    private bool _heartbeat;
    private bool _closed;

    public EventStreamWriter(AvailabilitySubscription subscription, PipeWriter body, Action<int> delivered, CancellationToken stop)
    {
        _subscription = subscription;
        _body = body;
        _delivered = delivered;
        _stop = stop;
    }

    /// <summary>Completes when the client has gone or a write failed.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Starts pushing: what is pending now (a snapshot, missed changes) and everything offered from now on.</summary>
    public void Start()
    {
        _subscription.OnReady(Pump);
        Pump();
    }

    /// <summary>Sends a <c>: keep-alive</c> comment, after any frames in flight.</summary>
    public void Heartbeat()
    {
        lock (_lock)
        {
            _heartbeat = true;
        }

        Pump();
    }

    /// <summary>Stops writing and waits for a flush in flight, so the response can end.</summary>
    public async Task CloseAsync()
    {
        Task flushing;
        lock (_lock)
        {
            _closed = true;
            flushing = _flushing;
        }

        try
        {
            await flushing.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client went away mid-flush: nothing more to send it.
        }
    }

    /// <summary>Writes what is readable unless a write is under way (which then picks it up before it finishes).</summary>
    private void Pump()
    {
        lock (_lock)
        {
            _dirty = true;
            if (_busy || _closed)
            {
                return;
            }

            _busy = true;
        }

        Drain();
    }

    private void Drain()
    {
        try
        {
            while (true)
            {
                ValueTask<FlushResult> flush;
                lock (_lock)
                {
                    if (_closed || !_dirty)
                    {
                        _busy = false;
                        return;
                    }

                    _dirty = false;
                    var written = WriteReadable();
                    if (written == 0 && !_heartbeat)
                    {
                        continue;
                    }

                    if (written == 0)
                    {
                        _body.Write(": keep-alive\n\n"u8);
                    }

                    _heartbeat = false;
                    _delivered(written);
                    flush = _body.FlushAsync(_stop);
                    if (!flush.IsCompleted)
                    {
                        // A slow client: finish on the flush's completion, still busy, so offers only mark it dirty.
                        _flushing = ContinueAfterAsync(flush);
                        return;
                    }
                }

                if (!Flushed(flush.Result))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever the response throws (the client gone, the request over) ends this stream, never the thread that
            // offered the values: that is the feed's publisher, serving every other subscriber.
            End();
        }
    }

    /// <summary>Writes up to a flush's worth of frames; more are left readable (and marked dirty) for the next round.</summary>
    private int WriteReadable()
    {
        var written = 0;
        while (written < MaxFramesPerFlush && _subscription.TryReadEncoded(out var availability))
        {
            _body.Write(availability.Frame.Span);
            written++;
        }

        _dirty |= written == MaxFramesPerFlush;
        return written;
    }

    private async Task ContinueAfterAsync(ValueTask<FlushResult> flush)
    {
        try
        {
            if (!Flushed(await flush.ConfigureAwait(false)))
            {
                return;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            End();
            return;
        }

        lock (_lock)
        {
            _dirty = true;
        }

        Drain();
    }

    private bool Flushed(FlushResult result)
    {
        if (result.IsCompleted || result.IsCanceled)
        {
            End();
            return false;
        }

        return true;
    }

    private void End()
    {
        lock (_lock)
        {
            _closed = true;
            _busy = false;
        }

        _ended.TrySetResult();
    }
}
