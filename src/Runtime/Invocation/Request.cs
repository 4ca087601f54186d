using Grid.Runtime.Activation;
using Grid.Runtime.Identity;
using Grid.Runtime.Messaging;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Invocation;

/// <summary>
/// One grain call: the target, the method and its arguments, the call chain and the deadline.
/// Generated code derives one sealed class per grain method; the runtime owns everything else.
/// </summary>
public abstract class Request
{
    internal GrainId Target { get; private set; }


    internal GrainInterfaceMetadata? Interface { get; private set; }

    internal CallChain? Chain { get; set; }

    /// <summary>The <see cref="TimeProvider"/> timestamp after which the caller gets a timeout.</summary>
    internal long Deadline { get; set; }

    /// <summary>Timestamp when the hosting silo received the request; 0 when latency is not being recorded.</summary>
    internal long ReceivedTimestamp { get; set; }

    internal GrainActivation? RunningOn { get; set; }

    /// <summary>True once the request gave up its turn to await durability.</summary>
    internal bool TurnReleased { get; set; }

    /// <summary>Where the outcome goes when the caller is on another silo; null for a local caller.</summary>
    internal RemoteCaller? Caller { get; set; }

    /// <summary>True when the caller shares this process, so the result must be copied before it is handed over.</summary>
    internal bool CopyResult { get; set; }

    /// <summary>Id of the request tree this request started, when it called other grains; 0 until needed.</summary>
    internal long RootId { get; set; }

    /// <summary>Message id for remote calls.</summary>
    internal long MessageId { get; set; }

    /// <summary>The ordinal of the method in its interface.</summary>
    public abstract int MethodId { get; }

    internal GrainMethodMetadata? Method => Interface?.Methods[MethodId];

    internal virtual bool IsAlwaysInterleave => Method?.AlwaysInterleave ?? false;

    /// <summary>False for timer ticks, which do not keep an idle grain alive.</summary>
    internal virtual bool CountsAsActivity => true;

    internal virtual string Description => $"{Interface?.InterfaceType.Name}.{Method?.Name} on {Target}";

    internal void Bind(GrainId target, GrainInterfaceMetadata metadata)
    {
        Target = target;
        Interface = metadata;
    }

    internal void WriteArgumentsTo(WireWriter writer) => WriteArguments(writer);

    internal void ReadArgumentsFrom(WireReader reader) => ReadArguments(reader);

    internal void IsolateArguments() => CopyArguments();

    /// <summary>Writes the arguments.</summary>
    protected abstract void WriteArguments(WireWriter writer);

    /// <summary>Reads the arguments.</summary>
    protected abstract void ReadArguments(WireReader reader);

    /// <summary>Replaces every mutable argument with a deep copy, so the grain cannot share state with its caller.</summary>
    protected abstract void CopyArguments();

    /// <summary>Runs the method on the grain; the outcome arrives later through the completion path.</summary>
    internal abstract void Start(object grain);

    /// <summary>Hands the caller an exception unless it already has an outcome.</summary>
    internal abstract bool TryFail(Exception exception);

    /// <summary>Completes a remote caller's request from a response body.</summary>
    internal abstract void CompleteFromWire(WireReader reader);

    /// <summary>Writes the outcome this request completed with, for a remote caller.</summary>
    internal abstract void WriteOutcome(WireWriter writer);
}
