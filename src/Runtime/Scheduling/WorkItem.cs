using Grid.Runtime.Invocation;

namespace Grid.Runtime.Scheduling;

/// <summary>One unit of an activation's serial work: start a request, or run an await continuation of one.</summary>
internal readonly struct WorkItem
{
    private readonly object? _target;

    private WorkItem(WorkItemKind kind, object? target, SendOrPostCallback? callback, object? state)
    {
        Kind = kind;
        _target = target;
        Callback = callback;
        State = state;
    }

    public WorkItemKind Kind { get; }

    public Request? Request => _target as Request;

    public RequestSynchronizationContext? Context => _target as RequestSynchronizationContext;

    public SendOrPostCallback? Callback { get; }

    public object? State { get; }

    public static WorkItem Start(Request request) => new(WorkItemKind.StartRequest, request, null, null);

    public static WorkItem Continue(RequestSynchronizationContext context, SendOrPostCallback callback, object? state) =>
        new(WorkItemKind.Continuation, context, callback, state);

    public static WorkItem Lifecycle(WorkItemKind kind) => new(kind, null, null, null);
}
