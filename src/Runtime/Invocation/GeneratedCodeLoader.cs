using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Grid.Runtime.Invocation;

/// <summary>
/// Runs the module initializers the source generator emits, which register proxies, invokers, grain classes
/// and codecs. Runs once per module at start-up or on first use; never on the call path.
/// </summary>
internal static class GeneratedCodeLoader
{
    private static readonly ConcurrentDictionary<Module, bool> Loaded = new();

    public static void EnsureLoaded(Module module)
    {
        if (Loaded.TryAdd(module, true))
        {
            RuntimeHelpers.RunModuleConstructor(module.ModuleHandle);
        }
    }

    /// <summary>Loads generated code from every assembly in the process that carries Grid's marker.</summary>
    public static void LoadAll()
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && assembly.IsDefined(typeof(GridGeneratedCodeAttribute), inherit: false))
            {
                EnsureLoaded(assembly.ManifestModule);
            }
        }
    }
}
