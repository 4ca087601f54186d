using Grid.Runtime.Identity;
using Grid.Runtime.Messaging;

namespace Grid.Runtime.Invocation;

/// <summary>What a generated proxy passes to <see cref="GrainReference"/>; created only by the runtime.</summary>
public sealed class GrainReferenceArgs
{
    internal GrainReferenceArgs(GrainId grainId, GrainInterfaceMetadata metadata, int partition, ICallDispatcher dispatcher)
    {
        GrainId = grainId;
        Metadata = metadata;
        Partition = partition;
        Dispatcher = dispatcher;
    }

    internal GrainId GrainId { get; }

    internal GrainInterfaceMetadata Metadata { get; }

    internal int Partition { get; }

    internal ICallDispatcher Dispatcher { get; }
}
