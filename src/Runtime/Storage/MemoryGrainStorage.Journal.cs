namespace Grid.Runtime.Storage;

public sealed partial class MemoryGrainStorage
{
    private readonly Dictionary<StateKey, SortedDictionary<long, byte[]>> _journals = [];
    private readonly Dictionary<StateKey, long> _journalHeads = [];

    /// <inheritdoc />
    public Task InitializeJournalAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_journals.TryGetValue(key, out var journal))
            {
                _journals[key] = journal = [];
            }

            if (_journalHeads.GetValueOrDefault(key) != expectedPosition)
            {
                throw StorageConflictException.For(key, expectedPosition);
            }

            journal[expectedPosition + 1] = segment.ToArray();
            _journalHeads[key] = expectedPosition + 1;
            return Task.FromResult(expectedPosition + 1);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<JournalSegment> segments = _journals.TryGetValue(key, out var journal)
                ? [.. journal.Where(pair => pair.Key > afterPosition).Select(pair => new JournalSegment(pair.Key, pair.Value.ToArray()))]
                : [];
            return Task.FromResult(segments);
        }
    }

    /// <inheritdoc />
    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_journals.TryGetValue(key, out var journal))
            {
                foreach (var position in journal.Keys.Where(p => p <= throughPosition).ToList())
                {
                    journal.Remove(position);
                }
            }

            return Task.CompletedTask;
        }
    }
}
