using Grid.Runtime.Activation;
using Grid.Runtime.Identity;

namespace Grid.Runtime.Invocation;

/// <summary>Base class of generated grain proxies: turns a method call into a request message.</summary>
public abstract class GrainReference
{
    private readonly GrainReferenceArgs _args;

    /// <summary>Called by generated proxies.</summary>
    protected GrainReference(GrainReferenceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        _args = args;
    }

    /// <summary>The id of the grain this reference points at.</summary>
    public GrainId GrainId => _args.GrainId;

    internal GrainInterfaceMetadata Metadata => _args.Metadata;

    internal int Partition => _args.Partition;

    /// <summary>The local activation last used, so repeated calls skip the catalog lookup; revalidated on every call.</summary>
    internal GrainActivation? CachedActivation { get; set; }

    /// <summary>Sends a request and returns its eventual result.</summary>
    protected ValueTask<TResult> InvokeAsync<TResult>(Request<TResult> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Bind(GrainId, Metadata);
        _args.Dispatcher.Send(this, request);
        return new ValueTask<TResult>(request, 0);
    }

    /// <summary>Sends a request whose method returns no value.</summary>
    protected ValueTask InvokeVoidAsync(Request<VoidResult> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Bind(GrainId, Metadata);
        _args.Dispatcher.Send(this, request);
        return new ValueTask(request, 0);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Metadata.InterfaceType.Name}:{GrainId}";
}
