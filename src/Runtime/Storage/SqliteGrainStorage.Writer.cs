using Microsoft.Data.Sqlite;

namespace Grid.Runtime.Storage;

public sealed partial class SqliteGrainStorage
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS grid_grain_state (
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            state_name TEXT NOT NULL,
            version INTEGER NOT NULL,
            data BLOB NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (grain_type, grain_key, state_name)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS grid_journal (
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            state_name TEXT NOT NULL,
            position INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (grain_type, grain_key, state_name, position)
        ) WITHOUT ROWID;
        """;

    private const string InsertSql = """
        INSERT INTO grid_grain_state (grain_type, grain_key, state_name, version, data, updated_at)
        VALUES ($type, $key, $name, 1, $data, $now)
        ON CONFLICT DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE grid_grain_state SET version = version + 1, data = $data, updated_at = $now
        WHERE grain_type = $type AND grain_key = $key AND state_name = $name AND version = $expected;
        """;

    private const string AppendSql = """
        INSERT INTO grid_journal (grain_type, grain_key, state_name, position, data)
        VALUES ($type, $key, $name, $expected + 1, $data)
        ON CONFLICT DO NOTHING;
        """;

    private const string TruncateSql = """
        DELETE FROM grid_journal WHERE grain_type = $type AND grain_key = $key AND state_name = $name AND position <= $expected;
        """;

    private void RunWriter(SqliteConnection connection)
    {
        using (connection)
        {
            using var insert = Prepare(connection, InsertSql);
            using var update = Prepare(connection, UpdateSql);
            using var append = Prepare(connection, AppendSql);
            using var truncate = Prepare(connection, TruncateSql);
            var commands = new WriterCommands(insert, update, append, truncate);
            var batch = new List<PendingWrite>();
            var reader = _writes.Reader;
            while (reader.TryPeek(out _) || reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < MaxWritesPerTransaction && reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                Commit(connection, commands, batch);
                batch.Clear();
            }
        }
    }

    private void Commit(SqliteConnection connection, WriterCommands commands, List<PendingWrite> batch)
    {
        var outcomes = new long[batch.Count];
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            commands.Enlist(transaction);
            var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                var command = write.Kind switch
                {
                    WriteKind.Append => commands.Append,
                    WriteKind.Truncate => commands.Truncate,
                    _ => write.ExpectedVersion == 0 ? commands.Insert : commands.Update,
                };
                command.Parameters["$type"].Value = write.Key.GrainType;
                command.Parameters["$key"].Value = write.Key.GrainKey;
                command.Parameters["$name"].Value = write.Key.StateName;
                if (command.Parameters.Contains("$data"))
                {
                    command.Parameters["$data"].Value = (object?)write.Data ?? DBNull.Value;
                }

                if (command.Parameters.Contains("$now"))
                {
                    command.Parameters["$now"].Value = now;
                }

                if (command.Parameters.Contains("$expected"))
                {
                    command.Parameters["$expected"].Value = write.ExpectedVersion;
                }

                // A write that changed no row lost its compare-and-swap; the others in the batch still commit.
                var changed = command.ExecuteNonQuery();
                outcomes[i] = write.Kind == WriteKind.Truncate ? 0 : changed == 1 ? write.ExpectedVersion + 1 : -1;
            }

            transaction.Commit();
        }
        catch (Exception ex)
        {
            foreach (var write in batch)
            {
                write.Done.TrySetException(new IOException($"SQLite write to {Path} failed: {ex.Message}", ex));
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] < 0)
            {
                batch[i].Done.TrySetException(StorageConflictException.For(batch[i].Key, batch[i].ExpectedVersion));
            }
            else
            {
                batch[i].Done.TrySetResult(outcomes[i]);
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$type", "$key", "$name", "$data", "$now", "$expected" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }
        }

        command.Prepare();
        return command;
    }

    private enum WriteKind
    {
        State,
        Append,
        Truncate,
    }

    private sealed record WriterCommands(SqliteCommand Insert, SqliteCommand Update, SqliteCommand Append, SqliteCommand Truncate)
    {
        public void Enlist(SqliteTransaction transaction)
        {
            Insert.Transaction = transaction;
            Update.Transaction = transaction;
            Append.Transaction = transaction;
            Truncate.Transaction = transaction;
        }
    }

    private sealed record PendingWrite(StateKey Key, byte[]? Data, long ExpectedVersion, WriteKind Kind = WriteKind.State)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
