using Grid.Runtime.Storage;

namespace Grid.Benchmarks.Grains;

/// <summary>
/// Storage that acknowledges every write and keeps nothing, so a heap measurement counts grains and the runtime, not
/// an in-memory database. It keeps no reminders either.
/// </summary>
internal sealed class DiscardingStorage : IGrainStorage, IJournalStorage
{
    public string Kind => "discarding";

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => Task.FromResult<StoredState?>(null);

    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(expectedVersion + 1);

    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(expectedVersion + 1);

    public Task InitializeJournalAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken) =>
        Task.FromResult(expectedPosition + 1);

    public Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalSegment>>([]);

    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken) => Task.CompletedTask;
}
