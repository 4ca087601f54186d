using Grid.Runtime.Serialization;

namespace Grid.Runtime.Storage;

/// <summary>
/// Reads a journaled state straight from storage: the latest snapshot, then every segment after it, in order. Grains
/// recover this way on activation; tools use it to check what is durable.
/// </summary>
public static class JournalReader
{
    /// <summary>Recovers the state stored under <paramref name="key"/>, applying each journal entry with <paramref name="apply"/>.</summary>
    public static async Task<RecoveredJournal<TState>> RecoverAsync<TState, TEntry>(IGrainStorage storage, StateKey key, Action<TState, TEntry> apply, CancellationToken cancellationToken = default)
        where TState : new()
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(apply);
        var journal = storage as IJournalStorage
            ?? throw new InvalidOperationException($"Storage '{storage.Kind}' keeps no journals.");
        var stored = await storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
        var state = new TState();
        long position = 0;
        if (stored?.Data is { } data)
        {
            var reader = new WireReader(data);
            position = reader.ReadVarInt64();
            state = Codec<TState>.Read(reader);
        }

        var segments = await journal.ReadJournalAsync(key, position, cancellationToken).ConfigureAwait(false);
        long journalBytes = 0;
        foreach (var segment in segments)
        {
            if (segment.Position != position + 1)
            {
                throw new WireFormatException($"Journal {key} jumps from position {position} to {segment.Position}.");
            }

            var reader = new WireReader(segment.Data);
            var count = reader.ReadCount();
            for (var i = 0; i < count; i++)
            {
                apply(state, Codec<TEntry>.Read(reader));
            }

            position = segment.Position;
            journalBytes += segment.Data.Length;
        }

        return new RecoveredJournal<TState>(state, position, stored?.Version ?? 0, stored?.Data?.Length ?? 0, journalBytes, segments.Count);
    }
}
