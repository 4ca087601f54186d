namespace Grid.Runtime.Storage;

/// <summary>
/// A grain's durable state, declared as a constructor parameter with <see cref="PersistentStateAttribute"/> and loaded
/// before OnActivateAsync.
/// <para>
/// <see cref="WriteStateAsync"/> is group-committed: while one write is in flight, later writes of the same grain
/// coalesce into the next single write. To let them, the grain's turn ends for scheduling purposes while the caller
/// awaits durability: the next call may run before the write completes, so code after
/// <c>await WriteStateAsync()</c> should only return the outcome. Every awaiting caller resumes only once its
/// changes are durable; a failed write fails every waiter and deactivates the grain, whose next activation reloads
/// the stored state.
/// </para>
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The state; mutate it, then call <see cref="WriteStateAsync"/>.</summary>
    TState State { get; set; }

    /// <summary>The stored version as a string, or null when nothing is stored.</summary>
    string? Etag { get; }

    /// <summary>True when a record exists in storage (written and not cleared).</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage, discarding unsaved changes.</summary>
    Task ReadStateAsync();

    /// <summary>Makes the current state durable; completes once it is.</summary>
    Task WriteStateAsync();

    /// <summary>Clears the stored state and resets <see cref="State"/> to a new instance.</summary>
    Task ClearStateAsync();
}
