using Grid.Runtime.Identity;
using Grid.Runtime.Messaging;
using Grid.Runtime.Placement;

namespace Grid.Runtime.Invocation;

/// <summary>Creates typed proxies through the generated code; a silo and a client each have one.</summary>
internal sealed class GrainFactory : IGrainFactory
{
    private readonly ICallDispatcher _dispatcher;
    private readonly int _partitionCount;

    public GrainFactory(ICallDispatcher dispatcher, int partitionCount)
    {
        _dispatcher = dispatcher;
        _partitionCount = partitionCount;
    }

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        var metadata = MetadataCache<TGrainInterface>.Metadata ??= GrainRegistry.GetInterface(typeof(TGrainInterface));
        var grainId = new GrainId(metadata.GrainType, key);
        var args = new GrainReferenceArgs(grainId, metadata, PartitionHasher.PartitionOf(grainId, _partitionCount), _dispatcher);
        return (TGrainInterface)(object)metadata.CreateProxy(args);
    }

    private static class MetadataCache<T>
    {
        public static GrainInterfaceMetadata? Metadata;
    }
}
