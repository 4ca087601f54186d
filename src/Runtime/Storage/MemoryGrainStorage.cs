using Grid.Runtime.Reminders;

namespace Grid.Runtime.Storage;

/// <summary>Grain storage in process memory, for tests: the same compare-and-swap contract, nothing survives the process.</summary>
public sealed partial class MemoryGrainStorage : IGrainStorage, IReminderTableSource, IJournalStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<StateKey, StoredState> _states = [];
    private readonly MemoryReminderTable _reminders = new();

    /// <inheritdoc />
    public string Kind => "memory";

    /// <summary>Number of stored states, cleared ones included.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _states.Count;
            }
        }
    }

    IReminderTable IReminderTableSource.ReminderTable => _reminders;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_states.TryGetValue(key, out var stored) ? stored with { Data = stored.Data?.ToArray() } : null);
        }
    }

    /// <inheritdoc />
    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Swap(key, data.ToArray(), expectedVersion));

    /// <inheritdoc />
    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        Task.FromResult(Swap(key, null, expectedVersion));

    private long Swap(StateKey key, byte[]? data, long expectedVersion)
    {
        lock (_lock)
        {
            var current = _states.TryGetValue(key, out var stored) ? stored.Version : 0;
            if (current != expectedVersion)
            {
                throw StorageConflictException.For(key, expectedVersion);
            }

            _states[key] = new StoredState(data, current + 1);
            return current + 1;
        }
    }
}
