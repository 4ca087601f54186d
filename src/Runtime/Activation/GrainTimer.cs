using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Activation;

/// <summary>
/// A timer whose ticks run as turns of its grain: never in parallel with a call, and the next tick is
/// scheduled only after the previous one finished. Ticks do not keep an idle grain alive.
/// </summary>
internal sealed partial class GrainTimer : IDisposable
{
    private readonly GrainActivation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly TimeSpan _period;
    private readonly ITimer _timer;
    // Locks on itself: one lock object fewer per timer, and the class is internal.
    private readonly object _lock;
    private CancellationTokenSource? _cancellation;
    private bool _stopped;
    private TimerTickRequest? _current;

    public GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        _lock = this;
        _activation = activation;
        _callback = callback;
        _period = period;
        _timer = activation.Runtime.TimeProvider.CreateTimer(static state => ((GrainTimer)state!).OnTick(), this, dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        Stop();
        _activation.RemoveTimer(this);
    }

    internal void Stop()
    {
        CancellationTokenSource? cancellation;
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            cancellation = _cancellation;
        }

        _timer.Dispose();
        cancellation?.Cancel();
    }

    /// <summary>Runs the callback with a token that is cancelled when the timer stops; the token source exists only once a tick runs.</summary>
    internal Task InvokeCallback()
    {
        CancellationToken token;
        lock (_lock)
        {
            _cancellation ??= new CancellationTokenSource();
            if (_stopped)
            {
                _cancellation.Cancel();
            }

            token = _cancellation.Token;
        }

        return _callback(token);
    }

    private bool IsStopped
    {
        get
        {
            lock (_lock)
            {
                return _stopped;
            }
        }
    }

    private void OnTick()
    {
        if (IsStopped)
        {
            return;
        }

        var tick = new TimerTickRequest(this, _activation.GrainId);
        _current = tick;
        if (!_activation.TryEnqueue(tick))
        {
            Stop();
            return;
        }

        new ValueTask(tick, 0).ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(OnTickFinished);
    }

    private void OnTickFinished()
    {
        var tick = _current!;
        if (IsStopped)
        {
            return;
        }

        try
        {
            new ValueTask(tick, 0).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            LogTickFailed(_activation.Runtime.Logger, ex, _activation.GrainId);
        }

        if (!IsStopped && _period != Timeout.InfiniteTimeSpan)
        {
            try
            {
                _timer.Change(_period, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Stopped between the check and the change.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A timer callback of grain {GrainId} threw.")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, Identity.GrainId grainId);
}
