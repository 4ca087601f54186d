using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Grid.Runtime.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests and the load generator: a fresh data directory under the temp folder, a
/// free port on 127.0.0.1, trust authentication, durable commits (fsync and synchronous_commit on) and an empty
/// <c>grid</c> database. Disposing it stops the server and deletes its data.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, so when the current user is root the server runs as the <c>postgres</c> OS user
/// that the Debian <c>postgresql</c> package creates.
/// </remarks>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const string DatabaseName = "grid";
    private const string SuperUser = "postgres";
    private const string SettingsFileName = "grid.conf";
    private const int StartAttempts = 5;
    private const string StartTimeoutSeconds = "60";

    private readonly string _binDirectory;
    private readonly string _rootDirectory;
    private readonly string _logFile;
    private readonly bool _asPostgresUser;
    private bool _running;
    private bool _deleted;

    private PostgresServer(string binDirectory, string rootDirectory, bool asPostgresUser)
    {
        _binDirectory = binDirectory;
        _rootDirectory = rootDirectory;
        _asPostgresUser = asPostgresUser;
        _logFile = Path.Combine(rootDirectory, "postgres.log");
        DataDirectory = Path.Combine(rootDirectory, "data");
    }

    /// <summary>The TCP port the server listens on, on 127.0.0.1 only. It stays the same across restarts.</summary>
    public int Port { get; private set; }

    /// <summary>The server's data directory; it also holds the server's Unix socket.</summary>
    public string DataDirectory { get; }

    /// <summary>An Npgsql connection string for the <c>grid</c> database as the <c>postgres</c> superuser.</summary>
    /// <remarks>
    /// Pooled connections do not survive <see cref="StopServerAsync"/> or <see cref="RestartAsync"/>: the first use
    /// of an idle one afterwards fails, as it would against a real server that restarted.
    /// <see cref="NpgsqlConnection.ClearAllPools"/> drops them.
    /// </remarks>
    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={DatabaseName};Pooling=true;Maximum Pool Size=200");

    /// <summary>
    /// Creates a data directory, starts a server on a free port on 127.0.0.1 and creates the <c>grid</c> database.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// PostgreSQL is not installed, or a PostgreSQL command failed; the message holds its output.
    /// </exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binDirectory = FindBinDirectory();
        var rootDirectory = Directory.CreateTempSubdirectory("grid-postgres-").FullName;
        var server = new PostgresServer(binDirectory, rootDirectory, IsRoot());
        try
        {
            await server.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.CleanUpAfterFailedStartAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Stops the server but keeps its data, so a test can make storage unreachable and later bring it back with
    /// <see cref="StartServerAsync"/>. Does nothing when the server is not running.
    /// </summary>
    public async Task StopServerAsync()
    {
        if (!_running)
        {
            return;
        }

        var result = await RunToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", StartTimeoutSeconds], CancellationToken.None).ConfigureAwait(false);
        result.ThrowIfFailed();
        _running = false;
    }

    /// <summary>
    /// Starts the server again on the same port and data after <see cref="StopServerAsync"/>. Does nothing when it is
    /// running.
    /// </summary>
    public Task StartServerAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_deleted, this);
        return _running ? Task.CompletedTask : StartPostmasterAsync(retryOnPortInUse: false, cancellationToken);
    }

    /// <summary>Restarts the server (fast shutdown, then start) on the same port and data.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_deleted, this);
        var logOffset = LogLength();
        var result = await RunToolAsync("pg_ctl", ["restart", "-D", DataDirectory, "-m", "fast", "-w", "-t", StartTimeoutSeconds, "-l", _logFile], cancellationToken).ConfigureAwait(false);
        _running = result.ExitCode == 0 || PostmasterPidExists();
        result.ThrowIfFailed(ReadLogFrom(logOffset));
    }

    /// <summary>Stops the server and deletes its data directory. Safe to call more than once.</summary>
    public async Task StopAsync()
    {
        if (_deleted)
        {
            return;
        }

        try
        {
            await StopServerAsync().ConfigureAwait(false);
        }
        finally
        {
            DeleteRootDirectory();
        }
    }

    /// <inheritdoc cref="StopAsync"/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_asPostgresUser)
        {
            var chown = await RunAsync("chown", ["-R", $"{SuperUser}:", _rootDirectory], asPostgresUser: false, cancellationToken).ConfigureAwait(false);
            chown.ThrowIfFailed();
        }

        var initdb = await RunToolAsync(
            "initdb",
            ["-D", DataDirectory, "-U", SuperUser, "-E", "UTF8", "--locale=C", "--auth-local=trust", "--auth-host=trust"],
            cancellationToken).ConfigureAwait(false);
        initdb.ThrowIfFailed();
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), $"\ninclude = '{SettingsFileName}'\n", cancellationToken).ConfigureAwait(false);

        Port = FindFreePort();
        await StartPostmasterAsync(retryOnPortInUse: true, cancellationToken).ConfigureAwait(false);
        await CreateDatabaseAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StartPostmasterAsync(bool retryOnPortInUse, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await WriteSettingsAsync(cancellationToken).ConfigureAwait(false);
            var logOffset = LogLength();
            var result = await RunToolAsync("pg_ctl", ["start", "-D", DataDirectory, "-w", "-t", StartTimeoutSeconds, "-l", _logFile], cancellationToken).ConfigureAwait(false);
            if (result.ExitCode == 0)
            {
                _running = true;
                return;
            }

            var log = ReadLogFrom(logOffset);
            if (!retryOnPortInUse || attempt == StartAttempts || !log.Contains("Address already in use", StringComparison.Ordinal))
            {
                result.ThrowIfFailed(log);
            }

            // Another process took the port between probing it and the server binding it.
            Port = FindFreePort();
        }
    }

    private Task WriteSettingsAsync(CancellationToken cancellationToken)
    {
        var settings = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            listen_addresses = '127.0.0.1'
            port = {Port}
            unix_socket_directories = '{DataDirectory.Replace("'", "''", StringComparison.Ordinal)}'
            fsync = on
            synchronous_commit = on
            max_connections = 300
            shared_buffers = 128MB

            """);
        return File.WriteAllTextAsync(Path.Combine(DataDirectory, SettingsFileName), settings, cancellationToken);
    }

    private async Task CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task CleanUpAfterFailedStartAsync()
    {
        try
        {
            // A server that started but then failed (say, creating the database) is still running; one that timed out
            // starting may be too.
            _running = _running || PostmasterPidExists();
            await StopAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The start failure is the error worth reporting.
        }
    }

    private bool PostmasterPidExists() => File.Exists(Path.Combine(DataDirectory, "postmaster.pid"));

    private void DeleteRootDirectory()
    {
        if (Directory.Exists(_rootDirectory))
        {
            Directory.Delete(_rootDirectory, recursive: true);
        }

        _deleted = true;
    }

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
