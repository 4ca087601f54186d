using Grid.Runtime.Activation;
using Grid.Runtime.Invocation;
using Grid.Runtime.Messaging;

namespace Grid.Runtime.Scheduling;

/// <summary>
/// The context a grain turn runs under: every await continuation is queued back to the activation, so turns
/// never run in parallel. One per request, so an outgoing call knows the chain it belongs to.
/// </summary>
internal sealed class RequestSynchronizationContext : SynchronizationContext
{
    private static long _nextRootId;
    private CallChain? _outgoing;

    public RequestSynchronizationContext(GrainActivation activation, Request? request)
    {
        Activation = activation;
        Request = request;
    }

    public GrainActivation Activation { get; }

    public Request? Request { get; }

    public override void Post(SendOrPostCallback d, object? state) => Activation.EnqueueContinuation(this, d, state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>The chain a call made from this turn carries.</summary>
    public CallChain OutgoingChain()
    {
        return _outgoing ??= new CallChain(
            Activation.GrainId,
            Request?.Chain,
            Request?.Chain?.RootId ?? RootIdOf(Request));
    }

    /// <summary>The id of the request tree the given request started, created on first use.</summary>
    public static long RootIdOf(Request? request)
    {
        if (request is null)
        {
            return Interlocked.Increment(ref _nextRootId);
        }

        if (request.Chain is { } chain)
        {
            return chain.RootId;
        }

        if (request.RootId == 0)
        {
            request.RootId = Interlocked.Increment(ref _nextRootId);
        }

        return request.RootId;
    }
}
