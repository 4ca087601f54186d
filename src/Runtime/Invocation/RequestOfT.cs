using System.Threading.Tasks.Sources;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Invocation;

/// <summary>A request whose method produces <typeparamref name="TResult"/>. The request itself is the awaitable the caller holds.</summary>
public abstract class Request<TResult> : Request, IValueTaskSource<TResult>, IValueTaskSource
{
    private ManualResetValueTaskSourceCore<TResult> _core;
    private int _completed;
    private TResult _result = default!;
    private Exception? _exception;
    private Task<TResult>? _pending;

    /// <summary>Invokes the method on the grain.</summary>
    protected abstract ValueTask<TResult> InvokeAsync(object grain);

    /// <summary>Adapts a grain method returning Task&lt;T&gt;.</summary>
    protected static ValueTask<TResult> FromTask(Task<TResult> task) => new(task);

    /// <summary>Adapts a grain method returning Task.</summary>
    protected static ValueTask<VoidResult> FromTask(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? default : AwaitVoid(task);
    }

    /// <summary>Adapts a grain method returning ValueTask.</summary>
    protected static ValueTask<VoidResult> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : AwaitVoid(task.AsTask());

    internal override void Start(object grain)
    {
        ValueTask<TResult> pending;
        try
        {
            pending = InvokeAsync(grain);
        }
        catch (Exception ex)
        {
            Finish(default!, ex);
            return;
        }

        if (pending.IsCompletedSuccessfully)
        {
            Finish(pending.Result, null);
            return;
        }

        _pending = pending.AsTask();
        _pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(OnPendingCompleted);
    }

    internal override bool TryFail(Exception exception) => TryComplete(default!, exception);

    internal override void CompleteFromWire(WireReader reader)
    {
        var outcome = reader.ReadByte();
        if (outcome == 0)
        {
            TryComplete(Codec<TResult>.Read(reader), null);
        }
        else
        {
            TryComplete(default!, ExceptionCodec.Read(reader));
        }
    }

    internal override void WriteOutcome(WireWriter writer)
    {
        if (_exception is null)
        {
            writer.WriteByte(0);
            Codec<TResult>.Write(writer, _result);
        }
        else
        {
            writer.WriteByte(1);
            ExceptionCodec.Write(writer, _exception);
        }
    }

    TResult IValueTaskSource<TResult>.GetResult(short token) => _core.GetResult(token);

    void IValueTaskSource.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<TResult>.GetStatus(short token) => _core.GetStatus(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<TResult>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private void OnPendingCompleted()
    {
        var pending = _pending!;
        _pending = null;
        if (pending.IsCompletedSuccessfully)
        {
            Finish(pending.Result, null);
        }
        else
        {
            Finish(default!, pending.Exception?.InnerException ?? new TaskCanceledException(pending));
        }
    }

    private void Finish(TResult result, Exception? exception)
    {
        RunningOn?.OnRequestFinished(this, exception);
        TryComplete(result, exception);
    }

    private bool TryComplete(TResult result, Exception? exception)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return false;
        }

        if (Caller is { } caller)
        {
            _result = result;
            _exception = exception;
            caller.Sink.SendResponse(this);
            return true;
        }

        if (exception is null && CopyResult)
        {
            try
            {
                result = Codec<TResult>.Copy(result);
            }
            catch (Exception ex)
            {
                exception = ex;
            }
        }

        // Completed from a grain's turn while the grain has more work queued, the caller's continuation goes to the
        // thread pool: run inline it would hold a busy grain's thread with the caller's own work. Otherwise it runs
        // inline (one thread hop fewer per call), but never under the grain's context.
        var context = SynchronizationContext.Current;
        if (context is not null)
        {
            _core.RunContinuationsAsynchronously = context is Scheduling.RequestSynchronizationContext grainContext && grainContext.Activation.HasQueuedWork;
            SynchronizationContext.SetSynchronizationContext(null);
        }

        try
        {
            if (exception is null)
            {
                _core.SetResult(result);
            }
            else
            {
                _core.SetException(exception);
            }
        }
        finally
        {
            if (context is not null)
            {
                SynchronizationContext.SetSynchronizationContext(context);
            }
        }

        return true;
    }

    private static async ValueTask<VoidResult> AwaitVoid(Task task)
    {
        await task.ConfigureAwait(false);
        return default;
    }
}
