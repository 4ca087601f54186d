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
    private readonly Request? _request;
    private readonly bool _exclusive;
    private CallChain? _outgoing;

    public RequestSynchronizationContext(GrainActivation activation, Request? request, bool exclusive)
    {
        Activation = activation;
        _request = request;
        _exclusive = exclusive;
    }

    public GrainActivation Activation { get; }

    public Request? Request => _exclusive ? Activation.ExclusiveRequest : _request;

    public override void Post(SendOrPostCallback d, object? state) => Activation.EnqueueContinuation(this, d, state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>The chain a call made from this turn carries.</summary>
    public CallChain OutgoingChain()
    {
        if (_outgoing is { } cached)
        {
            return cached;
        }

        var request = Request;
        var chain = new CallChain(Activation.GrainId, request?.Chain, request?.Chain?.RootId ?? RootIdOf(request));

        // The shared exclusive context stands for a different request on every turn, so it cannot cache.
        if (!_exclusive)
        {
            _outgoing = chain;
        }

        return chain;
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
