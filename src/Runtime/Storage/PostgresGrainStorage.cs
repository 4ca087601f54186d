using Grid.Runtime.Reminders;
using Npgsql;
using NpgsqlTypes;

namespace Grid.Runtime.Storage;

/// <summary>
/// Grain storage in PostgreSQL through Npgsql. Each write is one statement in its own transaction, acknowledged after
/// the server's commit (durable with synchronous_commit on); compare-and-swap is the statement's version predicate.
/// </summary>
public sealed partial class PostgresGrainStorage : IGrainStorage, IReminderTableSource, IJournalStorage, IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS grid_grain_state (
            grain_type text NOT NULL,
            grain_key text NOT NULL,
            state_name text NOT NULL,
            version bigint NOT NULL,
            data bytea NULL,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (grain_type, grain_key, state_name)
        );
        CREATE TABLE IF NOT EXISTS grid_journal (
            grain_type text NOT NULL,
            grain_key text NOT NULL,
            state_name text NOT NULL,
            position bigint NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (grain_type, grain_key, state_name, position)
        );
        """;

    private const string SelectSql = "SELECT version, data FROM grid_grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3";

    private const string InsertSql = """
        INSERT INTO grid_grain_state (grain_type, grain_key, state_name, version, data)
        VALUES ($1, $2, $3, 1, $4)
        ON CONFLICT DO NOTHING
        """;

    private const string UpdateSql = """
        UPDATE grid_grain_state SET version = version + 1, data = $4, updated_at = now()
        WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND version = $5
        """;

    // Serializes schema creation between silos starting at once: CREATE TABLE IF NOT EXISTS alone can race.
    private const long SchemaLockId = 0x47524944_53544154;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresReminderTable _reminders;

    /// <summary>Creates the storage for a connection string.</summary>
    public PostgresGrainStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.MaxAutoPrepare = Math.Max(builder.ConnectionStringBuilder.MaxAutoPrepare, 16);
        builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        _dataSource = builder.Build();
        _reminders = new PostgresReminderTable(_dataSource);
    }

    /// <inheritdoc />
    public string Kind => "postgresql";

    IReminderTable IReminderTableSource.ReminderTable => _reminders;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        PostgresSchema.EnsureAsync(_dataSource, SchemaLockId, Schema, cancellationToken);

    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(SelectSql);
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredState(reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1), reader.GetInt64(0));
    }

    /// <inheritdoc />
    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        SwapAsync(key, data, isClear: false, expectedVersion, cancellationToken);

    /// <inheritdoc />
    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        SwapAsync(key, ReadOnlyMemory<byte>.Empty, isClear: true, expectedVersion, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<long> SwapAsync(StateKey key, ReadOnlyMemory<byte> data, bool isClear, long expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(expectedVersion == 0 ? InsertSql : UpdateSql);
        AddKey(command, key);
        command.Parameters.Add(isClear
            ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = DBNull.Value }
            : new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = data });
        if (expectedVersion != 0)
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expectedVersion });
        }

        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return changed == 1 ? expectedVersion + 1 : throw StorageConflictException.For(key, expectedVersion);
    }

    private static void AddKey(NpgsqlCommand command, StateKey key)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName });
    }
}
