using Grid.Runtime.Activation;
using Grid.Runtime.Scheduling;

namespace Grid.Runtime.Storage;

/// <summary>
/// Group commit, the base of every durable state: one write in flight at a time; writes requested meanwhile join the next
/// batch, which takes its bytes on the grain's own turn as soon as the one in flight completes. A caller's turn ends while
/// it awaits durability, so later calls can run and join. A failed write fails every waiter and deactivates the grain.
/// A base class rather than a member object: one object fewer per grain, and the state's fields and the batches change
/// together under one lock, the state object itself (the classes are internal).
/// </summary>
internal abstract class GroupCommit
{
    private WriteBatch? _inFlight;
    private WriteBatch? _next;
    private bool _nextScheduled;

    protected GroupCommit(GrainActivation activation, StateKey key, IGrainStorage storage)
    {
        Activation = activation;
        Key = key;
        Storage = storage;
    }

    protected GrainActivation Activation { get; }

    protected StateKey Key { get; }

    protected IGrainStorage Storage { get; }

    /// <summary>True when no write is in flight or waiting; read under the lock.</summary>
    protected bool CommitIsIdle => _inFlight is null && _next is null;

    /// <summary>The latest write a caller could be waiting on, if any; read under the lock.</summary>
    protected Task? PendingCommit => _next?.Task ?? _inFlight?.Task;

    /// <summary>
    /// Called under the lock on the grain's turn: the bytes of the next write and the version or position they follow;
    /// false when there is nothing to write. May throw when the state cannot be serialized.
    /// </summary>
    protected abstract bool TryTakeWrite(out byte[] bytes, out long expected);

    /// <summary>Writes durably; returns the new version or position.</summary>
    protected abstract Task<long> WriteBatchAsync(byte[] bytes, long expected);

    /// <summary>Called under the lock once a write is durable.</summary>
    protected abstract void OnWritten(long result, int bytes);

    /// <summary>Called outside the lock once the writes are durable and no batch waits, before the last waiters resume.</summary>
    protected virtual void OnQuiet()
    {
    }

    /// <summary>Makes what the state holds now durable; completes once it is.</summary>
    protected Task CommitAsync()
    {
        WriteBatch batch;
        byte[]? bytes = null;
        long expected = 0;
        lock (this)
        {
            if (_inFlight is null && !_nextScheduled)
            {
                if (!TryTakeWrite(out bytes, out expected))
                {
                    return Task.CompletedTask;
                }

                batch = _inFlight = new WriteBatch();
            }
            else
            {
                batch = _next ??= new WriteBatch();
            }

            batch.Waiters++;
        }

        if (bytes is not null)
        {
            _ = RunAsync(batch, bytes, expected);
        }

        if (!batch.Task.IsCompleted
            && SynchronizationContext.Current is RequestSynchronizationContext context
            && ReferenceEquals(context.Activation, Activation)
            && context.Request is { } request)
        {
            Activation.ReleaseTurn(request);
        }

        return batch.Task;
    }

    private async Task RunAsync(WriteBatch batch, byte[] bytes, long expected)
    {
        var timeProvider = Activation.Runtime.TimeProvider;
        var started = timeProvider.GetTimestamp();
        Exception? error = null;
        long result = 0;
        try
        {
            result = await WriteBatchAsync(bytes, expected).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
        }

        Activation.Runtime.Metrics.RecordWrite(Key.GrainType, Storage.Kind, batch.Waiters, bytes.Length, timeProvider.GetElapsedTime(started), error is not null);
        WriteBatch? next;
        lock (this)
        {
            _inFlight = null;
            next = _next;
            if (error is null)
            {
                OnWritten(result, bytes.Length);
                _nextScheduled = next is not null;
            }
            else
            {
                _next = null;
            }
        }

        if (error is not null)
        {
            batch.Fail(error);
            next?.Fail(error);
            Activation.OnStorageFailed(error);
            return;
        }

        if (next is not null)
        {
            // The next batch takes its bytes on the grain's own turn, never beside a running one.
            Activation.RunOnTurn(static state => ((GroupCommit)state!).StartNext(), this);
        }
        else
        {
            // Before the waiters resume: what they do next already finds the quiet work (a snapshot) arranged.
            OnQuiet();
        }

        batch.Complete();
    }

    private void StartNext()
    {
        WriteBatch batch;
        WriteBatch? carried = null;
        byte[] bytes;
        long expected;
        lock (this)
        {
            _nextScheduled = false;
            if (_next is null)
            {
                return;
            }

            batch = _next;
            _next = null;
            bool taken;
            try
            {
                taken = TryTakeWrite(out bytes, out expected);
            }
            catch (Exception ex)
            {
                batch.Fail(ex);
                Activation.OnStorageFailed(ex);
                return;
            }

            if (!taken)
            {
                // Everyone in this batch had their changes carried by the previous write.
                carried = batch;
            }
            else
            {
                _inFlight = batch;
            }
        }

        if (carried is not null)
        {
            OnQuiet();
            carried.Complete();
            return;
        }

        _ = RunAsync(batch, bytes, expected);
    }
}
