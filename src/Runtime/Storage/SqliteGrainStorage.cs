using System.Threading.Channels;
using Grid.Runtime.Reminders;
using Microsoft.Data.Sqlite;

namespace Grid.Runtime.Storage;

/// <summary>
/// Grain storage in a SQLite file (WAL, synchronous=FULL: a committed write is on disk). One writer connection commits
/// the writes of all grains that arrive together in one transaction; reads use pooled connections beside it.
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, IReminderTableSource, IJournalStorage, IAsyncDisposable
{
    private const int MaxWritesPerTransaction = 1_000;
    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly SqliteReminderTable _reminders;
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _writer;

    /// <summary>Creates the storage for a database file; the folder is created on initialization.</summary>
    public SqliteGrainStorage(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _timeProvider = timeProvider;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _reminders = new SqliteReminderTable(_connectionString);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Kind => "sqlite";

    IReminderTable IReminderTableSource.ReminderTable => _reminders;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA synchronous=FULL;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, Schema, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        // Commits block on fsync, so the writer gets a thread of its own instead of holding a pool thread.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                RunWriter(connection);
                done.TrySetResult();
            }
            catch (Exception ex)
            {
                // Never leave a write waiting on a writer that is gone: refuse new ones and fail the queued ones.
                _writes.Writer.TryComplete(ex);
                while (_writes.Reader.TryRead(out var orphan))
                {
                    orphan.Done.TrySetException(new IOException($"The SQLite writer for {Path} stopped: {ex.Message}", ex));
                }

                done.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "grid-sqlite-writer",
        };
        thread.Start();
        _writer = done.Task;
    }

    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT version, data FROM grid_grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $name;";
            AddKey(command, key);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var version = reader.GetInt64(0);
            var data = reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1);
            return new StoredState(data, version);
        }
    }

    /// <inheritdoc />
    public Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken) =>
        Enqueue(new PendingWrite(key, data.ToArray(), expectedVersion));

    /// <inheritdoc />
    public Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken) =>
        Enqueue(new PendingWrite(key, null, expectedVersion));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        if (_writer is not null)
        {
            await _writer.ConfigureAwait(false);
        }
    }

    private Task<long> Enqueue(PendingWrite write)
    {
        if (_writer is null)
        {
            throw new InvalidOperationException("SQLite storage is not initialized.");
        }

        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(write), this);

        return write.Done.Task;
    }

    private static void AddKey(SqliteCommand command, StateKey key)
    {
        command.Parameters.AddWithValue("$type", key.GrainType);
        command.Parameters.AddWithValue("$key", key.GrainKey);
        command.Parameters.AddWithValue("$name", key.StateName);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
