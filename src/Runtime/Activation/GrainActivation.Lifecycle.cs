using Grid.Runtime.Invocation;
using Grid.Runtime.Scheduling;
using Grid.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Activation;

internal sealed partial class GrainActivation
{
    // Most grains have one durable state; a list is made only for a second one.
    private IStateLifecycle? _durableState;
    private List<IStateLifecycle>? _moreStates;

    private IEnumerable<IStateLifecycle> States =>
        _durableState is null ? [] : _moreStates is null ? [_durableState] : [_durableState, .. _moreStates];

    IServiceProvider IGrainContext.Services => _runtime.Services;

    IPersistentState<TState> IGrainContext.PersistentState<TState>(string stateName, string storageName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateName);
        var state = new PersistentState<TState>(
            this,
            _runtime.Storage.Get(storageName),
            new StateKey(GrainId.Type.Value, GrainId.Key, stateName));
        AddState(state);
        return state;
    }

    IJournaledState<TState, TEntry> IGrainContext.JournaledState<TState, TEntry>(string stateName, string storageName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateName);
        var state = new JournaledState<TState, TEntry>(
            this,
            _runtime.Storage.Get(storageName),
            new StateKey(GrainId.Type.Value, GrainId.Key, stateName));
        AddState(state);
        return state;
    }

    private void AddState(IStateLifecycle state)
    {
        if (_durableState is null)
        {
            _durableState = state;
        }
        else
        {
            (_moreStates ??= []).Add(state);
        }
    }

    /// <summary>A state write failed: no new calls are admitted, and the grain deactivates so its next activation reloads.</summary>
    public void OnStorageFailed(Exception exception)
    {
        LogStorageFailed(_runtime.Logger, exception, GrainId);
        RequestDeactivation(DeactivationReason.StorageFailure);
    }

    public bool IsValid => _state == ActivationState.Valid;

    /// <summary>True when no call is running or waiting: a good moment for background work such as a snapshot.</summary>
    public bool IsQuiet
    {
        get
        {
            lock (_ready)
            {
                return RunningCount == 0 && (_waiting?.Count ?? 0) == 0;
            }
        }
    }

    /// <summary>Deactivates after the running turns finish; later calls go to a new activation.</summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (_ready)
        {
            if (_deactivationRequested || _state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                return;
            }

            _deactivationRequested = true;
            _deactivationReason = reason;
            if (_state == ActivationState.Valid && RunningCount == 0)
            {
                BeginDeactivationLocked();
            }
        }
    }

    /// <summary>Starts deactivation when nothing has happened since <paramref name="cutoffTimestamp"/>.</summary>
    public bool TryCollectIfIdle(long cutoffTimestamp)
    {
        if (_state != ActivationState.Valid || _lastActivity > cutoffTimestamp)
        {
            return false;
        }

        lock (_ready)
        {
            if (_state != ActivationState.Valid || _deactivationRequested || RunningCount > 0 || (_waiting?.Count ?? 0) > 0
                || _ready.Count > 0 || _lastActivity > cutoffTimestamp)
            {
                return false;
            }

            _deactivationRequested = true;
            _deactivationReason = DeactivationReason.IdleCollection;
            BeginDeactivationLocked();
            return true;
        }
    }

    /// <summary>Collects requests past their deadline: waiting ones leave the queue, running ones stay but their callers stop waiting.</summary>
    public void CollectOverdue(long now, List<Request> overdue)
    {
        if (_waiting is null && _runningOne is null && _runningMore is null)
        {
            return;
        }

        lock (_ready)
        {
            if (_waiting is { Count: > 0 })
            {
                var count = _waiting.Count;
                for (var i = 0; i < count; i++)
                {
                    var request = _waiting.Dequeue();
                    if (IsOverdue(request, now))
                    {
                        overdue.Add(request);
                    }
                    else
                    {
                        _waiting.Enqueue(request);
                    }
                }
            }

            if (_runningOne is { } one && IsOverdue(one, now))
            {
                overdue.Add(one);
            }

            if (_runningMore is not null)
            {
                foreach (var running in _runningMore)
                {
                    if (IsOverdue(running, now))
                    {
                        overdue.Add(running);
                    }
                }
            }
        }

        static bool IsOverdue(Request request, long now) => request.Deadline != 0 && request.Deadline <= now;
    }

    internal void AddTimer(GrainTimer timer)
    {
        lock (_ready)
        {
            if (_timer is null)
            {
                _timer = timer;
            }
            else
            {
                (_timers ??= []).Add(timer);
            }
        }
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_ready)
        {
            if (ReferenceEquals(_timer, timer))
            {
                _timer = null;
            }
            else
            {
                _timers?.Remove(timer);
            }
        }
    }

    private void BeginDeactivationLocked()
    {
        _state = ActivationState.Deactivating;
        _ready.Enqueue(WorkItem.Lifecycle(WorkItemKind.Deactivate));
        ScheduleLocked();
    }

    private void RunActivation()
    {
        SynchronizationContext.SetSynchronizationContext(LifecycleContext);
        Task task;
        try
        {
            task = ActivateInstanceAsync();
        }
        catch (Exception ex)
        {
            task = Task.FromException(ex);
        }

        if (task.IsCompleted)
        {
            OnActivated(task);
        }
        else
        {
            task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => OnActivated(task));
        }
    }

    private async Task ActivateInstanceAsync()
    {
        var instance = GrainClass.Create(this);
        instance.Attach(this);
        Instance = instance;
        foreach (var state in States.Where(s => s.LoadsOnActivation))
        {
            await state.LoadAsync().ConfigureAwait(true);
        }

        await instance.OnActivateAsync(CancellationToken.None).ConfigureAwait(true);
    }

    private void OnActivated(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            lock (_ready)
            {
                _state = ActivationState.Valid;
                _lastActivity = _runtime.TimeProvider.GetTimestamp();
                if (_deactivationRequested)
                {
                    BeginDeactivationLocked();
                }
                else
                {
                    AdmitWaitingLocked();
                }
            }

            _runtime.Catalog.OnActivated(this);
            return;
        }

        var exception = task.Exception?.InnerException ?? new OperationCanceledException("OnActivateAsync was canceled.");
        LogActivationFailed(_runtime.Logger, exception, GrainId);
        List<Request> failed;
        lock (_ready)
        {
            _state = ActivationState.Invalid;
            failed = [.. _waiting ?? []];
            _waiting = null;
        }

        _runtime.Catalog.Remove(this);
        foreach (var request in failed)
        {
            request.TryFail(exception);
        }
    }

    private void RunDeactivation()
    {
        List<GrainTimer>? timers;
        GrainTimer? single;
        lock (_ready)
        {
            timers = _timers;
            single = _timer;
            _timers = null;
            _timer = null;
        }

        single?.Stop();
        if (timers is not null)
        {
            foreach (var timer in timers)
            {
                timer.Stop();
            }
        }

        SynchronizationContext.SetSynchronizationContext(LifecycleContext);
        Task task;
        try
        {
            task = DeactivateInstanceAsync();
        }
        catch (Exception ex)
        {
            task = Task.FromException(ex);
        }

        if (task.IsCompleted)
        {
            OnDeactivated(task);
        }
        else
        {
            task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => OnDeactivated(task));
        }
    }

    private async Task DeactivateInstanceAsync()
    {
        try
        {
            await Instance!.OnDeactivateAsync(_deactivationReason, CancellationToken.None).ConfigureAwait(true);
        }
        finally
        {
            foreach (var state in States)
            {
                await state.OnDeactivatedAsync().ConfigureAwait(true);
            }
        }
    }

    private void OnDeactivated(Task task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            LogDeactivationFailed(_runtime.Logger, task.Exception?.InnerException, GrainId);
        }

        _runtime.Catalog.Remove(this);
        List<Request> forward;
        lock (_ready)
        {
            _state = ActivationState.Invalid;
            forward = [.. _waiting ?? []];
            _waiting = null;
        }

        _runtime.Catalog.OnDeactivated(this);
        foreach (var request in forward)
        {
            if (request is TimerTickRequest)
            {
                // A timer belongs to this activation and stops with it; its pending tick goes nowhere.
                request.TryFail(new OperationCanceledException("The grain deactivated before its timer tick ran."));
                continue;
            }

            _runtime.Dispatcher.DeliverLocal(request);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activation of grain {GrainId} failed; its pending calls get the exception.")]
    private static partial void LogActivationFailed(ILogger logger, Exception exception, Identity.GrainId grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A state write of grain {GrainId} failed; its waiting callers get the error and it deactivates to reload.")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, Identity.GrainId grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnDeactivateAsync of grain {GrainId} failed.")]
    private static partial void LogDeactivationFailed(ILogger logger, Exception? exception, Identity.GrainId grainId);
}
