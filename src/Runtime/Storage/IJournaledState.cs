namespace Grid.Runtime.Storage;

/// <summary>
/// A grain's state kept as a journal of entries plus occasional snapshots, for state that grows large (a hot SKU's
/// reservations): each group-committed batch appends only its own entries instead of rewriting the whole state.
/// Declared as a constructor parameter with <see cref="JournaledStateAttribute"/>; the grain calls
/// <see cref="RecoverAsync"/> in OnActivateAsync with the function that applies an entry.
/// <para>
/// The grain applies an entry to <see cref="State"/>, calls <see cref="Append"/>, then awaits <see cref="WriteAsync"/>,
/// which has the group-commit semantics of <see cref="IPersistentState{TState}.WriteStateAsync"/>: the turn ends while
/// the caller awaits durability, and a failed append fails every waiter and deactivates the grain.
/// </para>
/// </summary>
public interface IJournaledState<TState, TEntry>
    where TState : new()
{
    /// <summary>The state: the snapshot with every durable and staged entry applied.</summary>
    TState State { get; }

    /// <summary>The position of the last durable journal segment.</summary>
    long Position { get; }

    /// <summary>Loads the latest snapshot and applies the journal after it.</summary>
    Task RecoverAsync(Action<TState, TEntry> apply);

    /// <summary>Stages an entry already applied to <see cref="State"/>.</summary>
    void Append(TEntry entry);

    /// <summary>Makes the staged entries durable; completes once they are.</summary>
    Task WriteAsync();
}
