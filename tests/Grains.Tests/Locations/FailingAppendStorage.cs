using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Locations;

/// <summary>Memory storage whose next journal appends of one grain type fail, as an unreachable database would.</summary>
internal sealed class FailingAppendStorage(string grainType) : IGrainStorage, IJournalStorage
{
    private readonly MemoryGrainStorage _inner = new();
    private int _failures;

    public string Kind => _inner.Kind;

    /// <summary>Fails the next <paramref name="count"/> appends of the grain type.</summary>
    public void FailNextAppends(int count) => Volatile.Write(ref _failures, count);

    public Task InitializeAsync(CancellationToken cancellationToken) => _inner.InitializeAsync(cancellationToken);

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.WriteAsync(key, data, expectedVersion, cancellationToken);

    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.ClearAsync(key, expectedVersion, cancellationToken);

    public Task InitializeJournalAsync(CancellationToken cancellationToken) => _inner.InitializeJournalAsync(cancellationToken);

    public Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken)
    {
        if (key.GrainType == grainType && Interlocked.Decrement(ref _failures) >= 0)
        {
            return Task.FromException<long>(new StorageUnavailableException("The journal is unreachable (injected)."));
        }

        return _inner.AppendAsync(key, expectedPosition, segment, cancellationToken);
    }

    public Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken) =>
        _inner.ReadJournalAsync(key, afterPosition, cancellationToken);

    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken) =>
        _inner.TruncateAsync(key, throughPosition, cancellationToken);
}
