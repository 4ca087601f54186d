namespace Grid.Runtime.Storage;

/// <summary>
/// Append-only storage for a grain's journal: one segment per group-committed batch, numbered from 1. An append names
/// the position it expects to follow (compare-and-swap) and is durable when it completes.
/// </summary>
public interface IJournalStorage
{
    /// <summary>Creates the journal schema if it does not exist.</summary>
    Task InitializeJournalAsync(CancellationToken cancellationToken);

    /// <summary>Appends one segment after <paramref name="expectedPosition"/>; returns the new position, or throws <see cref="StorageConflictException"/>.</summary>
    Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken);

    /// <summary>Reads the segments after <paramref name="afterPosition"/>, in order.</summary>
    Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken);

    /// <summary>Deletes the segments up to and including <paramref name="throughPosition"/>, once a snapshot covers them.</summary>
    Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken);
}
