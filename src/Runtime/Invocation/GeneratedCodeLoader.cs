using System.Reflection;
using System.Runtime.CompilerServices;

namespace Grid.Runtime.Invocation;

/// <summary>
/// Runs the module initializers the source generator emits, which register proxies, invokers, grain classes
/// and codecs. Runs once per module at start-up or on first use; never on the call path.
/// </summary>
internal static class GeneratedCodeLoader
{
    /// <summary>
    /// Runs the module's initializer unless it already ran. The runtime runs it once and makes concurrent callers
    /// wait until it has finished, so no caller sees a half-filled registry.
    /// </summary>
    public static void EnsureLoaded(Module module) => RuntimeHelpers.RunModuleConstructor(module.ModuleHandle);

    /// <summary>Loads generated code from every assembly in the process that carries Grid's marker.</summary>
    public static void LoadAll()
    {
        // The runtime is not built with the generator; its one grain interface is registered by hand.
        Reminders.RemindableRegistration.EnsureRegistered();
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && assembly.IsDefined(typeof(GridGeneratedCodeAttribute), inherit: false))
            {
                EnsureLoaded(assembly.ManifestModule);
            }
        }
    }
}
