using Grid.Runtime.Identity;

namespace Grid.Runtime.Invocation;

/// <summary>What the runtime knows about one grain class; created by generated code.</summary>
public sealed class GrainClassMetadata
{
    /// <summary>Creates the metadata.</summary>
    public GrainClassMetadata(Type grainClass, Type grainInterface, string grainType, bool isReentrant, Func<IGrainContext, Grain> create)
    {
        GrainClass = grainClass;
        GrainInterface = grainInterface;
        GrainType = new GrainType(grainType);
        IsReentrant = isReentrant;
        Create = create;
    }

    /// <summary>The grain class.</summary>
    public Type GrainClass { get; }

    /// <summary>The grain interface it implements.</summary>
    public Type GrainInterface { get; }

    /// <summary>The grain type.</summary>
    public GrainType GrainType { get; }

    /// <summary>True when the class carries <see cref="ReentrantAttribute"/>.</summary>
    public bool IsReentrant { get; }

    /// <summary>Creates an instance, resolving constructor parameters from the silo's services and the grain's durable states.</summary>
    public Func<IGrainContext, Grain> Create { get; }
}
