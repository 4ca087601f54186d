using Grid.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Grid.Grains.Tests.Inventory;

/// <summary>Memory storage whose journal appends take <see cref="Delay"/> of a fake clock, as a slow commit would.</summary>
internal sealed class SlowCommitStorage : IGrainStorage, IJournalStorage
{
    private readonly MemoryGrainStorage _inner = new();

    public string Kind => _inner.Kind;

    /// <summary>The clock each append advances (the cluster's); none until set.</summary>
    public FakeTimeProvider? Clock { get; set; }

    public TimeSpan Delay { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => _inner.InitializeAsync(cancellationToken);

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.WriteAsync(key, data, expectedVersion, cancellationToken);

    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        _inner.ClearAsync(key, expectedVersion, cancellationToken);

    public Task InitializeJournalAsync(CancellationToken cancellationToken) => _inner.InitializeJournalAsync(cancellationToken);

    public Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken)
    {
        Clock?.Advance(Delay);
        return _inner.AppendAsync(key, expectedPosition, segment, cancellationToken);
    }

    public Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken) =>
        _inner.ReadJournalAsync(key, afterPosition, cancellationToken);

    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken) =>
        _inner.TruncateAsync(key, throughPosition, cancellationToken);
}
