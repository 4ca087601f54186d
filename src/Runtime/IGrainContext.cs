using Grid.Runtime.Identity;
using Grid.Runtime.Storage;

namespace Grid.Runtime;

/// <summary>What a grain's generated activator sees while constructing it: its id, the silo's services, its durable state.</summary>
public interface IGrainContext
{
    /// <summary>The id of the grain being activated.</summary>
    GrainId GrainId { get; }

    /// <summary>The silo's services, for constructor injection.</summary>
    IServiceProvider Services { get; }

    /// <summary>Creates the named durable state of this grain, loaded from the named storage before OnActivateAsync.</summary>
    IPersistentState<TState> PersistentState<TState>(string stateName, string storageName)
        where TState : new();

    /// <summary>Creates the named journaled state of this grain; the grain recovers it in OnActivateAsync.</summary>
    IJournaledState<TState, TEntry> JournaledState<TState, TEntry>(string stateName, string storageName)
        where TState : new();
}
