using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Testing;

/// <summary>
/// Storage (memory unless given another) that runs <see cref="BeforeAppend"/> before each journal append: it may throw,
/// as an unreachable database would (the append fails), or move a fake clock, as a slow commit would; and
/// <see cref="AfterWrite"/> once a state (a snapshot) is written.
/// </summary>
internal sealed class AppendHookStorage : IGrainStorage, IJournalStorage, IAsyncDisposable
{
    private readonly IGrainStorage _state;
    private readonly IJournalStorage _journal;

    public AppendHookStorage()
        : this(new MemoryGrainStorage())
    {
    }

    public AppendHookStorage(IGrainStorage inner)
    {
        _state = inner;
        _journal = (IJournalStorage)inner;
    }

    public string Kind => _state.Kind;

    public Action<StateKey>? BeforeAppend { get; set; }

    public Action<StateKey>? AfterWrite { get; set; }

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

    public Task InitializeAsync(CancellationToken cancellationToken) => _state.InitializeAsync(cancellationToken);

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => _state.ReadAsync(key, cancellationToken);

    public async Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken)
    {
        var version = await _state.WriteAsync(key, data, expectedVersion, cancellationToken);
        AfterWrite?.Invoke(key);
        return version;
    }

    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        _state.ClearAsync(key, expectedVersion, cancellationToken);

    public Task InitializeJournalAsync(CancellationToken cancellationToken) => _journal.InitializeJournalAsync(cancellationToken);

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

        return _journal.AppendAsync(key, expectedPosition, segment, cancellationToken);
    }

    public Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken) =>
        _journal.ReadJournalAsync(key, afterPosition, cancellationToken);

    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken) =>
        _journal.TruncateAsync(key, throughPosition, cancellationToken);

    public ValueTask DisposeAsync() => _state is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
