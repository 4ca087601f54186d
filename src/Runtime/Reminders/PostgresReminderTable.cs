using Grid.Runtime.Identity;
using Grid.Runtime.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Grid.Runtime.Reminders;

/// <summary>
/// Reminders in the table <c>grid_reminders</c> of the grain storage's PostgreSQL database, through the storage's data source.
/// Each write is one statement, acknowledged after the server's commit.
/// </summary>
internal sealed class PostgresReminderTable : IReminderTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS grid_reminders (
            grain_type text NOT NULL,
            grain_key text NOT NULL,
            reminder_name text NOT NULL,
            partition integer NOT NULL,
            start_at timestamptz NOT NULL,
            period_ms bigint NULL,
            version bigint NOT NULL,
            PRIMARY KEY (grain_type, grain_key, reminder_name)
        );
        CREATE INDEX IF NOT EXISTS grid_reminders_partition ON grid_reminders (partition);
        CREATE INDEX IF NOT EXISTS grid_reminders_start ON grid_reminders (start_at);
        """;

    private const string Columns = "grain_type, grain_key, reminder_name, partition, start_at, period_ms, version";

    private const string UpsertSql = $"""
        INSERT INTO grid_reminders ({Columns})
        VALUES ($1, $2, $3, $4, $5, $6, 1)
        ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE SET
            partition = excluded.partition, start_at = excluded.start_at, period_ms = excluded.period_ms, version = grid_reminders.version + 1
        RETURNING version
        """;

    private const string DeleteSql = """
        DELETE FROM grid_reminders
        WHERE grain_type = $1 AND grain_key = $2 AND reminder_name = $3 AND ($4::bigint IS NULL OR version = $4)
        """;

    private const string SelectOneSql = $"SELECT {Columns} FROM grid_reminders WHERE grain_type = $1 AND grain_key = $2 AND reminder_name = $3";

    private const string SelectManySql = $"""
        SELECT {Columns} FROM grid_reminders
        WHERE ($1::integer[] IS NULL OR partition = ANY($1)) AND ($2::timestamptz IS NULL OR start_at <= $2)
        """;

    // Serializes schema creation between silos starting at once, like the grain storage's own lock ("GRIDREMI").
    private const long SchemaLockId = 0x47524944_52454D49;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresReminderTable(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
    }

    public string Kind => "postgresql";

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        PostgresSchema.EnsureAsync(_dataSource, SchemaLockId, Schema, cancellationToken);

    public async Task<long> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = _dataSource.CreateCommand(UpsertSql);
        AddKey(command, entry.Key);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = entry.Partition });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.StartAt.ToUniversalTime() });
        command.Parameters.Add(entry.IsOneShot
            ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = DBNull.Value }
            : new NpgsqlParameter<long> { TypedValue = (long)entry.Period.TotalMilliseconds });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<bool> DeleteAsync(ReminderKey key, long? expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(DeleteSql);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)expectedVersion ?? DBNull.Value });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<ReminderEntry?> ReadAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(SelectOneSql);
        AddKey(command, key);
        var entries = await QueryAsync(command, cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(IReadOnlyCollection<int>? partitions, DateTimeOffset? startsBy, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(SelectManySql);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer, Value = partitions is null ? DBNull.Value : partitions.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz, Value = startsBy is { } by ? by.ToUniversalTime() : DBNull.Value });

        return await QueryAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<ReminderEntry>> QueryAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                new ReminderKey(new GrainId(new GrainType(reader.GetString(0)), reader.GetString(1)), reader.GetString(2)),
                reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(reader.GetInt64(5)),
                reader.GetInt64(6)));
        }

        return entries;
    }

    private static void AddKey(NpgsqlCommand command, ReminderKey key)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainId.Type.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainId.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.Name });
    }
}
