namespace Grid.Runtime.Reminders;

/// <summary>Reminders in process memory, for tests: the same contract as the durable tables, nothing survives the process.</summary>
internal sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ReminderKey, ReminderEntry> _entries = [];

    public string Kind => "memory";

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            var version = _entries.TryGetValue(entry.Key, out var stored) ? stored.Version + 1 : 1;
            _entries[entry.Key] = entry with { Version = version };
            return Task.FromResult(version);
        }
    }

    public Task<bool> DeleteAsync(ReminderKey key, long? expectedVersion, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var deleted = _entries.TryGetValue(key, out var stored)
                && (expectedVersion is null || stored.Version == expectedVersion)
                && _entries.Remove(key);
            return Task.FromResult(deleted);
        }
    }

    public Task<ReminderEntry?> ReadAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.GetValueOrDefault(key));
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(IReadOnlyCollection<int>? partitions, DateTimeOffset? startsBy, CancellationToken cancellationToken)
    {
        var wanted = partitions is null ? null : new HashSet<int>(partitions);
        lock (_lock)
        {
            IReadOnlyList<ReminderEntry> result = [.. _entries.Values.Where(e => (wanted is null || wanted.Contains(e.Partition)) && (startsBy is null || e.StartAt <= startsBy))];
            return Task.FromResult(result);
        }
    }
}
