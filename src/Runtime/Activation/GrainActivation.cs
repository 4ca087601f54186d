using Grid.Runtime.Hosting;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Scheduling;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Activation;

/// <summary>
/// One in-memory instance of a grain and its mailbox. All of its work (starting requests, await continuations,
/// activation and deactivation) runs one item at a time on the thread pool, so turns never overlap.
/// </summary>
internal sealed partial class GrainActivation : IThreadPoolWorkItem, IGrainContext
{
    private const int MaxItemsPerRun = 64;
    private const int BacklogThreshold = 4;

    // _ready doubles as the lock: it is private and never exposed.
    private readonly Queue<WorkItem> _ready = new();
    // Requests not yet admitted; created on demand and dropped when drained, since most activations rarely queue.
    private Queue<Request>? _waiting;
    private readonly SiloRuntime _runtime;
    private Request? _runningOne;
    private HashSet<Request>? _runningMore;

    // Running requests whose turn ended while they await durability: they no longer block admission.
    private int _released;
    private bool _scheduled;
    private ActivationState _state = ActivationState.Activating;
    private bool _deactivationRequested;
    private DeactivationReason _deactivationReason;
    private long _lastActivity;
    // Most grains have at most one timer; a list is made only for a second one.
    private GrainTimer? _timer;
    private List<GrainTimer>? _timers;
    private RequestSynchronizationContext? _exclusiveContext;

    /// <summary>
    /// The activation's shared context: for activation, deactivation and background work (no request is running then)
    /// and for a request that runs alone, which it resolves to.
    /// </summary>
    private RequestSynchronizationContext LifecycleContext =>
        _exclusiveContext ??= new RequestSynchronizationContext(this, request: null, exclusive: true);

    public GrainActivation(GrainId grainId, GrainClassMetadata grainClass, SiloRuntime runtime)
    {
        GrainId = grainId;
        GrainClass = grainClass;
        _runtime = runtime;
        _lastActivity = runtime.TimeProvider.GetTimestamp();
    }

    public GrainId GrainId { get; }

    public GrainClassMetadata GrainClass { get; }

    public Grain? Instance { get; private set; }

    internal SiloRuntime Runtime => _runtime;

    private int RunningCount => (_runningOne is null ? 0 : 1) + (_runningMore?.Count ?? 0);

    private int ActiveTurns => RunningCount - _released;

    /// <summary>Hands a request to this activation; false when it is gone and the caller must route again.</summary>
    public bool TryEnqueue(Request request)
    {
        Exception? rejection = null;
        lock (_ready)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            if (_state == ActivationState.Valid && !_deactivationRequested && CanAdmit(request, out rejection))
            {
                Admit(request);
                return true;
            }

            if (rejection is null)
            {
                (_waiting ??= new Queue<Request>()).Enqueue(request);
                return true;
            }
        }

        request.TryFail(rejection);
        return true;
    }

    public void EnqueueContinuation(RequestSynchronizationContext context, SendOrPostCallback callback, object? state)
    {
        lock (_ready)
        {
            _ready.Enqueue(WorkItem.Continue(context, callback, state));
            ScheduleLocked();
        }
    }

    public void ScheduleActivation()
    {
        lock (_ready)
        {
            _ready.Enqueue(WorkItem.Lifecycle(WorkItemKind.Activate));
            ScheduleLocked();
        }
    }

    /// <summary>Called once per admitted request when its turn is over, whatever the outcome.</summary>
    public void OnRequestFinished(Request request, Exception? exception)
    {
        lock (_ready)
        {
            if (ReferenceEquals(_runningOne, request))
            {
                _runningOne = null;
            }
            else
            {
                _runningMore?.Remove(request);
            }

            if (request.TurnReleased)
            {
                _released--;
            }

            if (request.CountsAsActivity)
            {
                _lastActivity = _runtime.Dispatcher.Clock.Now;
            }

            if (_deactivationRequested)
            {
                if (_state == ActivationState.Valid && RunningCount == 0)
                {
                    BeginDeactivationLocked();
                }
            }
            else
            {
                AdmitWaitingLocked();
            }
        }

        _runtime.Metrics.RecordCall(request, exception, _runtime.TimeProvider);
    }

    public void Execute()
    {
        var previous = SynchronizationContext.Current;
        try
        {
            for (var i = 0; i < MaxItemsPerRun; i++)
            {
                WorkItem item;
                lock (_ready)
                {
                    if (!_ready.TryDequeue(out item))
                    {
                        _scheduled = false;
                        return;
                    }
                }

                Run(item);
            }

            lock (_ready)
            {
                if (_ready.Count == 0)
                {
                    _scheduled = false;
                    return;
                }
            }

            // Yield the thread so one busy grain cannot starve the others.
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void Run(WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkItemKind.StartRequest:
                var request = item.Request!;
                SynchronizationContext.SetSynchronizationContext(ContextFor(request));
                request.Start(Instance!);
                break;
            case WorkItemKind.Continuation:
                SynchronizationContext.SetSynchronizationContext(item.Context);
                try
                {
                    item.Callback!(item.State);
                }
                catch (Exception ex)
                {
                    LogContinuationFailed(_runtime.Logger, ex, GrainId);
                }

                break;
            case WorkItemKind.Activate:
                RunActivation();
                break;
            case WorkItemKind.Deactivate:
                RunDeactivation();
                break;
        }
    }

    /// <summary>
    /// Ends a request's turn for scheduling while it waits for its state to become durable, so the next request can
    /// run and join the next group commit. The request stays tracked for its deadline and for deactivation.
    /// </summary>
    public void ReleaseTurn(Request request)
    {
        lock (_ready)
        {
            if (request.TurnReleased || request.RunningOn != this)
            {
                return;
            }

            request.TurnReleased = true;
            _released++;
            AdmitWaitingLocked();
        }
    }

    /// <summary>Runs a callback as a work item of this activation, serialized with its turns.</summary>
    public void RunOnTurn(SendOrPostCallback callback, object? state)
    {
        EnqueueContinuation(LifecycleContext, callback, state);
    }

    /// <summary>
    /// True when a backlog of work items and calls waits for this activation's thread (a hot grain); read without the
    /// lock, as a hint. A few queued items are normal between turns and do not count.
    /// </summary>
    internal bool HasQueuedWork => _ready.Count + (_waiting?.Count ?? 0) >= BacklogThreshold;

    /// <summary>The request a shared exclusive context stands for: the only one running.</summary>
    internal Request? ExclusiveRequest => _runningOne;

    /// <summary>
    /// A request that runs alone on a non-reentrant grain shares one context per activation, which resolves to the
    /// running request; only interleaved requests need a context of their own.
    /// </summary>
    private RequestSynchronizationContext ContextFor(Request request)
    {
        if (ReferenceEquals(request, _runningOne) && _runningMore is null && _released == 0 && !GrainClass.IsReentrant)
        {
            return LifecycleContext;
        }

        return new RequestSynchronizationContext(this, request, exclusive: false);
    }

    private bool CanAdmit(Request request, out Exception? rejection)
    {
        rejection = null;
        if (ActiveTurns == 0 || GrainClass.IsReentrant || request.IsAlwaysInterleave)
        {
            return true;
        }

        if (request.Chain is not { } chain || !chain.Contains(GrainId) || !IsRunningRoot(chain.RootId))
        {
            return false;
        }

        // The request came back to this grain from inside one of its own running turns: waiting would deadlock.
        if (_runtime.Options.AllowCallChainReentrancy)
        {
            return true;
        }

        rejection = new CallCycleException(
            $"Call cycle: {chain} -> {GrainId}. {GrainId} is waiting on this call chain and is not reentrant; "
            + "make the grain [Reentrant], mark the method [AlwaysInterleave], or enable call-chain reentrancy.");
        return false;
    }

    private bool IsRunningRoot(long rootId)
    {
        if (_runningOne is { } one && RootOf(one) == rootId)
        {
            return true;
        }

        if (_runningMore is not null)
        {
            foreach (var running in _runningMore)
            {
                if (RootOf(running) == rootId)
                {
                    return true;
                }
            }
        }

        return false;

        static long RootOf(Request request) => request.Chain?.RootId ?? request.RootId;
    }

    private void Admit(Request request)
    {
        if (_runningOne is null)
        {
            _runningOne = request;
        }
        else
        {
            (_runningMore ??= new HashSet<Request>(ReferenceEqualityComparer.Instance)).Add(request);
        }

        request.RunningOn = this;
        _ready.Enqueue(WorkItem.Start(request));
        ScheduleLocked();
    }

    private void AdmitWaitingLocked()
    {
        if (_state != ActivationState.Valid)
        {
            return;
        }

        while (_waiting is not null && _waiting.TryPeek(out var next))
        {
            if (!CanAdmit(next, out var rejection))
            {
                if (rejection is null)
                {
                    return;
                }

                _waiting.Dequeue();
                ThreadPool.UnsafeQueueUserWorkItem(static state => state.Request.TryFail(state.Rejection), (Request: next, Rejection: rejection), preferLocal: false);
                continue;
            }

            Admit(_waiting.Dequeue());
        }

        if (_waiting is { Count: 0 })
        {
            _waiting = null;
        }
    }

    private void ScheduleLocked()
    {
        if (!_scheduled)
        {
            _scheduled = true;
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An await continuation of grain {GrainId} threw.")]
    private static partial void LogContinuationFailed(ILogger logger, Exception exception, GrainId grainId);
}
