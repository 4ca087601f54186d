using Grid.Runtime.Identity;
using Microsoft.Data.Sqlite;

namespace Grid.Runtime.Reminders;

/// <summary>
/// Reminders in the table <c>grid_reminders</c> of the grain storage's SQLite file. It uses connections of its own beside the
/// storage's writer: WAL lets them read concurrently, and the busy timeout makes a write wait for the writer's transaction.
/// </summary>
internal sealed class SqliteReminderTable : IReminderTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS grid_reminders (
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            reminder_name TEXT NOT NULL,
            partition INTEGER NOT NULL,
            start_at INTEGER NOT NULL, -- Unix milliseconds, UTC
            period_ms INTEGER NULL, -- NULL for a one-shot reminder
            version INTEGER NOT NULL,
            PRIMARY KEY (grain_type, grain_key, reminder_name)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS grid_reminders_partition ON grid_reminders (partition);
        CREATE INDEX IF NOT EXISTS grid_reminders_start ON grid_reminders (start_at);
        """;

    private const string Columns = "grain_type, grain_key, reminder_name, partition, start_at, period_ms, version";

    private const string UpsertSql = $"""
        INSERT INTO grid_reminders ({Columns})
        VALUES ($type, $key, $name, $partition, $start, $period, 1)
        ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE SET
            partition = excluded.partition, start_at = excluded.start_at, period_ms = excluded.period_ms, version = grid_reminders.version + 1
        RETURNING version;
        """;

    private const string DeleteSql = """
        DELETE FROM grid_reminders
        WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name AND ($expected IS NULL OR version = $expected);
        """;

    private const string SelectOneSql = $"SELECT {Columns} FROM grid_reminders WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name;";

    private const string SelectManySql = $"""
        SELECT {Columns} FROM grid_reminders
        WHERE ($partitions IS NULL OR partition IN (SELECT value FROM json_each($partitions))) AND ($startsBy IS NULL OR start_at <= $startsBy);
        """;

    private readonly string _connectionString;

    public SqliteReminderTable(string connectionString)
    {
        _connectionString = connectionString;
    }

    public string Kind => "sqlite";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<long> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var connection = await OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = UpsertSql;
            AddKey(command, entry.Key);
            command.Parameters.AddWithValue("$partition", entry.Partition);
            command.Parameters.AddWithValue("$start", entry.StartAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$period", entry.IsOneShot ? DBNull.Value : (long)entry.Period.TotalMilliseconds);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    public async Task<bool> DeleteAsync(ReminderKey key, long? expectedVersion, CancellationToken cancellationToken)
    {
        var connection = await OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = DeleteSql;
            AddKey(command, key);
            command.Parameters.AddWithValue("$expected", (object?)expectedVersion ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task<ReminderEntry?> ReadAsync(ReminderKey key, CancellationToken cancellationToken)
    {
        var entries = await QueryAsync(SelectOneSql, command => AddKey(command, key), cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(IReadOnlyCollection<int>? partitions, DateTimeOffset? startsBy, CancellationToken cancellationToken) =>
        QueryAsync(
            SelectManySql,
            command =>
            {
                command.Parameters.AddWithValue("$partitions", partitions is null ? DBNull.Value : "[" + string.Join(',', partitions) + "]");
                command.Parameters.AddWithValue("$startsBy", startsBy is { } by ? by.ToUnixTimeMilliseconds() : DBNull.Value);
            },
            cancellationToken);

    private async Task<IReadOnlyList<ReminderEntry>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var entries = new List<ReminderEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(new ReminderEntry(
                    new ReminderKey(new GrainId(new GrainType(reader.GetString(0)), reader.GetString(1)), reader.GetString(2)),
                    reader.GetInt32(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                    reader.IsDBNull(5) ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(reader.GetInt64(5)),
                    reader.GetInt64(6)));
            }

            return entries;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens a connection whose commits are on disk when they return, like the storage's writer.</summary>
    private async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=FULL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void AddKey(SqliteCommand command, ReminderKey key)
    {
        command.Parameters.AddWithValue("$type", key.GrainId.Type.Value);
        command.Parameters.AddWithValue("$key", key.GrainId.Key);
        command.Parameters.AddWithValue("$name", key.Name);
    }
}
