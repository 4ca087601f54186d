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
        return GetReference<TGrainInterface>(metadata, new GrainId(metadata.GrainType, key));
    }

    /// <summary>A proxy of an interface the grain's class implements besides its own, such as IRemindable, addressed by the grain's id.</summary>
    public TGrainInterface GetReference<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IGrainWithStringKey =>
        GetReference<TGrainInterface>(MetadataCache<TGrainInterface>.Metadata ??= GrainRegistry.GetInterface(typeof(TGrainInterface)), grainId);

    private TGrainInterface GetReference<TGrainInterface>(GrainInterfaceMetadata metadata, GrainId grainId)
    {
        var args = new GrainReferenceArgs(grainId, metadata, PartitionHasher.PartitionOf(grainId, _partitionCount), _dispatcher);
        return (TGrainInterface)(object)metadata.CreateProxy(args);
    }

    private static class MetadataCache<T>
    {
        public static GrainInterfaceMetadata? Metadata;
    }
}
