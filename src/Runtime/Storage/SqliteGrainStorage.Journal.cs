using Microsoft.Data.Sqlite;

namespace Grid.Runtime.Storage;

public sealed partial class SqliteGrainStorage
{
    /// <inheritdoc />
    public Task InitializeJournalAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken) =>
        Enqueue(new PendingWrite(key, segment.ToArray(), expectedPosition, WriteKind.Append));

    /// <inheritdoc />
    public Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken) =>
        Enqueue(new PendingWrite(key, null, throughPosition, WriteKind.Truncate));

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT position, data FROM grid_journal
                WHERE grain_type = $type AND grain_key = $key AND state_name = $name AND position > $after
                ORDER BY position;
                """;
            AddKey(command, key);
            command.Parameters.AddWithValue("$after", afterPosition);
            var segments = new List<JournalSegment>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                segments.Add(new JournalSegment(reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }

            return segments;
        }
    }
}
