using Grid.Runtime.Activation;
using Grid.Runtime.Scheduling;

namespace Grid.Runtime.Storage;

/// <summary>
/// Group commit for one durable state: one write in flight at a time; writes requested meanwhile join the next batch,
/// which takes its bytes on the grain's own turn as soon as the one in flight completes. A caller's turn ends while it
/// awaits durability, so later calls can run and join. A failed write fails every waiter and deactivates the grain.
/// </summary>
internal sealed class GroupCommit
{
    private readonly object _gate;
    private readonly GrainActivation _activation;
    private readonly IGroupCommitOwner _owner;
    private readonly string _grainType;
    private readonly string _storageKind;
    private WriteBatch? _inFlight;
    private WriteBatch? _next;
    private bool _nextScheduled;

    // The gate is the owner's lock: the owner's fields and the batches change together under it.
    public GroupCommit(object gate, GrainActivation activation, IGroupCommitOwner owner, string grainType, string storageKind)
    {
        _gate = gate;
        _activation = activation;
        _owner = owner;
        _grainType = grainType;
        _storageKind = storageKind;
    }

    /// <summary>True when no write is in flight or waiting; read under the gate.</summary>
    public bool IsIdle => _inFlight is null && _next is null;

    /// <summary>The latest write a caller could be waiting on, if any; read under the gate.</summary>
    public Task? Pending => _next?.Task ?? _inFlight?.Task;

    /// <summary>Makes what the owner holds now durable; completes once it is.</summary>
    public Task CommitAsync()
    {
        WriteBatch batch;
        byte[]? bytes = null;
        long expected = 0;
        lock (_gate)
        {
            if (_inFlight is null && !_nextScheduled)
            {
                if (!_owner.TryTakeWrite(out bytes, out expected))
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
            && ReferenceEquals(context.Activation, _activation)
            && context.Request is { } request)
        {
            _activation.ReleaseTurn(request);
        }

        return batch.Task;
    }

    private async Task RunAsync(WriteBatch batch, byte[] bytes, long expected)
    {
        var timeProvider = _activation.Runtime.TimeProvider;
        var started = timeProvider.GetTimestamp();
        Exception? error = null;
        long result = 0;
        try
        {
            result = await _owner.WriteAsync(bytes, expected).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
        }

        _activation.Runtime.Metrics.RecordWrite(_grainType, _storageKind, batch.Waiters, bytes.Length, timeProvider.GetElapsedTime(started), error is not null);
        WriteBatch? next;
        lock (_gate)
        {
            _inFlight = null;
            next = _next;
            if (error is null)
            {
                _owner.OnWritten(result, bytes.Length);
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
            _activation.OnStorageFailed(error);
            return;
        }

        batch.Complete();
        if (next is not null)
        {
            // The next batch takes its bytes on the grain's own turn, never beside a running one.
            _activation.RunOnTurn(static state => ((GroupCommit)state!).StartNext(), this);
        }
        else
        {
            _owner.OnQuiet();
        }
    }

    private void StartNext()
    {
        WriteBatch batch;
        byte[] bytes;
        long expected;
        lock (_gate)
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
                taken = _owner.TryTakeWrite(out bytes, out expected);
            }
            catch (Exception ex)
            {
                batch.Fail(ex);
                _activation.OnStorageFailed(ex);
                return;
            }

            if (!taken)
            {
                // Everyone in this batch had their changes carried by the previous write.
                batch.Complete();
                return;
            }

            _inFlight = batch;
        }

        _ = RunAsync(batch, bytes, expected);
    }
}
