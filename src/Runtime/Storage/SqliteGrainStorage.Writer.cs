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

    private void RunWriter(SqliteConnection connection)
    {
        using (connection)
        {
            using var insert = Prepare(connection, InsertSql);
            using var update = Prepare(connection, UpdateSql);
            var batch = new List<PendingWrite>();
            var reader = _writes.Reader;
            while (reader.TryPeek(out _) || reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < MaxWritesPerTransaction && reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                Commit(connection, insert, update, batch);
                batch.Clear();
            }
        }
    }

    private void Commit(SqliteConnection connection, SqliteCommand insert, SqliteCommand update, List<PendingWrite> batch)
    {
        var outcomes = new long[batch.Count];
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = transaction;
            update.Transaction = transaction;
            var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                var command = write.ExpectedVersion == 0 ? insert : update;
                command.Parameters["$type"].Value = write.Key.GrainType;
                command.Parameters["$key"].Value = write.Key.GrainKey;
                command.Parameters["$name"].Value = write.Key.StateName;
                command.Parameters["$data"].Value = (object?)write.Data ?? DBNull.Value;
                command.Parameters["$now"].Value = now;
                if (command == update)
                {
                    command.Parameters["$expected"].Value = write.ExpectedVersion;
                }

                // A write that changed no row lost its compare-and-swap; the others in the batch still commit.
                outcomes[i] = command.ExecuteNonQuery() == 1 ? write.ExpectedVersion + 1 : -1;
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

    private sealed record PendingWrite(StateKey Key, byte[]? Data, long ExpectedVersion)
    {
        public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
