using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Testing;

/// <summary>
/// Memory storage that runs <see cref="BeforeAppend"/> before each journal append: it may throw, as an unreachable
/// database would (the append fails), or move a fake clock, as a slow commit would.
/// </summary>
internal sealed class AppendHookStorage : IGrainStorage, IJournalStorage
{
    private readonly MemoryGrainStorage _inner = new();

    public string Kind => _inner.Kind;

    public Action<StateKey>? BeforeAppend { get; set; }

    /// <summary>Fails the next <paramref name="count"/> appends of the grain type.</summary>
    public void FailNextAppends(string grainType, int count)
    {
        var failures = count;
        BeforeAppend = key =>
        {
            if (key.GrainType == grainType && Interlocked.Decrement(ref failures) >= 0)
            {
                throw new StorageUnavailableException("The journal is unreachable (injected).");
            }
        };
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => _inner.InitializeAsync(cancellationToken);

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.WriteAsync(key, data, expectedVersion, cancellationToken);

    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.ClearAsync(key, expectedVersion, cancellationToken);

    public Task InitializeJournalAsync(CancellationToken cancellationToken) => _inner.InitializeJournalAsync(cancellationToken);

    public Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken)
    {
        try
        {
            BeforeAppend?.Invoke(key);
        }
        catch (StorageUnavailableException exception)
        {
            return Task.FromException<long>(exception);
        }

        return _inner.AppendAsync(key, expectedPosition, segment, cancellationToken);
    }

    public Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken) =>
        _inner.ReadJournalAsync(key, afterPosition, cancellationToken);

    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken) =>
        _inner.TruncateAsync(key, throughPosition, cancellationToken);
}
