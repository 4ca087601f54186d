namespace Grid.Runtime.Storage;

/// <summary>
/// Durable storage for grain state. Every write is compare-and-swap on a version: version 0 means "no record yet",
/// each successful write or clear returns the next version, and a mismatch throws <see cref="StorageConflictException"/>.
/// A completed write is durable.
/// </summary>
public interface IGrainStorage
{
    /// <summary>A short name for logs and metrics, for example <c>sqlite</c>.</summary>
    string Kind { get; }

    /// <summary>Creates the schema if it does not exist; throws a clear exception when the storage is unreachable.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Reads a state; null when it was never written.</summary>
    Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken);

    /// <summary>Writes a state if its stored version is <paramref name="expectedVersion"/>; returns the new version.</summary>
    Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Clears a state (a tombstone keeps its version) if its stored version is <paramref name="expectedVersion"/>; returns the new version.</summary>
    Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken);
}
