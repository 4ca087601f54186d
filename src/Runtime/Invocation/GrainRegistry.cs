using System.Collections.Concurrent;
using Grid.Runtime.Identity;

namespace Grid.Runtime.Invocation;

/// <summary>Process-wide table of generated grain interfaces and classes; generated module initializers fill it.</summary>
public static class GrainRegistry
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceMetadata> InterfacesByType = new();
    private static readonly ConcurrentDictionary<string, GrainInterfaceMetadata> InterfacesByName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<GrainType, GrainClassMetadata> ClassesByGrainType = new();

    /// <summary>Registers a grain interface.</summary>
    public static void RegisterInterface(GrainInterfaceMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        InterfacesByType.TryAdd(metadata.InterfaceType, metadata);
        var existing = InterfacesByName.GetOrAdd(metadata.Name, metadata);
        if (existing != metadata && existing.InterfaceType != metadata.InterfaceType)
        {
            throw new InvalidOperationException($"Two grain interfaces share the name '{metadata.Name}'.");
        }
    }

    /// <summary>Registers a grain class.</summary>
    public static void RegisterClass(GrainClassMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var existing = ClassesByGrainType.GetOrAdd(metadata.GrainType, metadata);
        if (existing.GrainClass != metadata.GrainClass)
        {
            throw new InvalidOperationException(
                $"Grain type '{metadata.GrainType}' is implemented by both {existing.GrainClass.FullName} and {metadata.GrainClass.FullName}.");
        }
    }

    internal static GrainInterfaceMetadata GetInterface(Type interfaceType)
    {
        if (InterfacesByType.TryGetValue(interfaceType, out var metadata))
        {
            return metadata;
        }

        GeneratedCodeLoader.EnsureLoaded(interfaceType.Module);
        return InterfacesByType.TryGetValue(interfaceType, out metadata)
            ? metadata
            : throw new InvalidOperationException(
                $"'{interfaceType.FullName}' has no generated proxy. Grain interfaces must derive from IGrainWithStringKey in a project that references the Grid code generator.");
    }

    internal static bool TryGetInterface(string name, out GrainInterfaceMetadata metadata) =>
        InterfacesByName.TryGetValue(name, out metadata!);

    internal static bool TryGetClass(GrainType grainType, out GrainClassMetadata metadata) =>
        ClassesByGrainType.TryGetValue(grainType, out metadata!);
}
