namespace Grid.Runtime.Storage;

/// <summary>What the activation does with each of its grain's durable states: load it before OnActivateAsync, settle it after OnDeactivateAsync.</summary>
internal interface IStateLifecycle
{
    /// <summary>True when the activation loads the state itself; journaled state is recovered by the grain.</summary>
    bool LoadsOnActivation { get; }

    Task LoadAsync();

    /// <summary>Stops background work and, where cheap and safe, leaves storage ready for a fast next activation.</summary>
    Task OnDeactivatedAsync();
}
