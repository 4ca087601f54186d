namespace Grid.Runtime.Storage;

/// <summary>A journaled state as storage holds it: the snapshot with the journal after it applied.</summary>
public sealed record RecoveredJournal<TState>(TState State, long Position, long SnapshotVersion, long SnapshotBytes, long JournalBytes, int Segments);
