using Npgsql;
using NpgsqlTypes;

namespace Grid.Runtime.Storage;

public sealed partial class PostgresGrainStorage
{
    private const string AppendSql = """
        INSERT INTO grid_journal (grain_type, grain_key, state_name, position, data)
        VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT DO NOTHING
        """;

    private const string ReadJournalSql = """
        SELECT position, data FROM grid_journal
        WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND position > $4
        ORDER BY position
        """;

    private const string TruncateSql = "DELETE FROM grid_journal WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND position <= $4";

    /// <inheritdoc />
    public Task InitializeJournalAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<long> AppendAsync(StateKey key, long expectedPosition, ReadOnlyMemory<byte> segment, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(AppendSql);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expectedPosition + 1 });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = segment });
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return inserted == 1 ? expectedPosition + 1 : throw StorageConflictException.For(key, expectedPosition);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalSegment>> ReadJournalAsync(StateKey key, long afterPosition, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(ReadJournalSql);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterPosition });
        var segments = new List<JournalSegment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            segments.Add(new JournalSegment(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
        }

        return segments;
    }

    /// <inheritdoc />
    public async Task TruncateAsync(StateKey key, long throughPosition, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(TruncateSql);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = throughPosition });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
