namespace Grid.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>The grain called DeactivateOnIdle.</summary>
    ApplicationRequested,

    /// <summary>The grain was idle longer than the collection age.</summary>
    IdleCollection,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>A write of the grain's state failed; the next activation reloads it from storage.</summary>
    StorageFailure,
}
