using Grid.Runtime.Identity;

namespace Grid.Runtime.Invocation;

/// <summary>What the runtime knows about one grain interface; created by generated code.</summary>
public sealed class GrainInterfaceMetadata
{
    /// <summary>Creates the metadata.</summary>
    public GrainInterfaceMetadata(
        Type interfaceType,
        string grainType,
        IReadOnlyList<GrainMethodMetadata> methods,
        Func<int, Request> createRequest,
        Func<GrainReferenceArgs, GrainReference> createProxy)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        ArgumentNullException.ThrowIfNull(methods);
        InterfaceType = interfaceType;
        Name = interfaceType.FullName ?? interfaceType.Name;
        GrainType = new GrainType(grainType);
        Methods = methods;
        CreateRequest = createRequest;
        CreateProxy = createProxy;
        foreach (var method in methods)
        {
            method.MetricTags =
            [
                new("grain_type", GrainType.Value),
                new("method", method.Name),
            ];
        }
    }

    /// <summary>The grain interface.</summary>
    public Type InterfaceType { get; }

    /// <summary>The interface's full name, as it travels in messages.</summary>
    public string Name { get; }

    /// <summary>The grain type whose activations implement the interface.</summary>
    public GrainType GrainType { get; }

    /// <summary>The methods, indexed by method id.</summary>
    public IReadOnlyList<GrainMethodMetadata> Methods { get; }

    /// <summary>Creates an empty request for a method id, to be filled from the wire.</summary>
    public Func<int, Request> CreateRequest { get; }

    /// <summary>Creates a typed proxy.</summary>
    public Func<GrainReferenceArgs, GrainReference> CreateProxy { get; }
}
