using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Grid.Runtime.Testing;
using Npgsql;

namespace Grid.Runtime.Tests.Testing;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task StartAsync_FreshServer_DurableGridDatabase()
    {
        await using var server = await PostgresServer.StartAsync();

        Assert.Equal("grid", await QueryAsync(server, "SELECT current_database()"));
        Assert.Equal("on", await QueryAsync(server, "SHOW synchronous_commit"));
        Assert.Equal("on", await QueryAsync(server, "SHOW fsync"));
        Assert.Equal("300", await QueryAsync(server, "SHOW max_connections"));
        Assert.True(Directory.Exists(server.DataDirectory));
    }

    [Fact]
    public async Task StartAsync_FreshServer_ListensOnLoopbackOnly()
    {
        await using var server = await PostgresServer.StartAsync();

        Assert.Equal("127.0.0.1", await QueryAsync(server, "SHOW listen_addresses"));
        Assert.Equal("127.0.0.1/32", await QueryAsync(server, "SELECT inet_server_addr()::text"));
        foreach (var address in OtherLocalAddresses())
        {
            await Assert.ThrowsAsync<SocketException>(async () =>
            {
                using var client = new TcpClient(address.AddressFamily);
                await client.ConnectAsync(address, server.Port);
            });
        }
    }

    [Fact]
    public async Task StopServerAsync_ThenStartServerAsync_KeepsData()
    {
        await using var server = await PostgresServer.StartAsync();
        await ExecuteAsync(server, "CREATE TABLE stock (sku text PRIMARY KEY, units int NOT NULL)");
        await ExecuteAsync(server, "INSERT INTO stock VALUES ('sku-1', 7)");
        var port = server.Port;

        await server.StopServerAsync();
        var error = await Record.ExceptionAsync(() => QueryAsync(server, "SELECT 1"));
        Assert.True(error is NpgsqlException or SocketException, $"Expected a connection failure, got {error}");

        await server.StartServerAsync();
        Assert.Equal(port, server.Port);
        Assert.Equal("7", await QueryAsync(server, "SELECT units::text FROM stock WHERE sku = 'sku-1'"));
    }

    [Fact]
    public async Task RestartAsync_RunningServer_KeepsDataAndPort()
    {
        await using var server = await PostgresServer.StartAsync();
        await ExecuteAsync(server, "CREATE TABLE stock (sku text PRIMARY KEY, units int NOT NULL)");
        await ExecuteAsync(server, "INSERT INTO stock VALUES ('sku-1', 7)");
        var port = server.Port;

        await server.RestartAsync();

        Assert.Equal(port, server.Port);
        Assert.Equal("7", await QueryAsync(server, "SELECT units::text FROM stock WHERE sku = 'sku-1'"));
    }

    [Fact]
    public async Task StartServerAsync_PortTakenMeanwhile_ThrowsWithServerLog()
    {
        await using var server = await PostgresServer.StartAsync();
        await server.StopServerAsync();
        var squatter = new TcpListener(IPAddress.Loopback, server.Port);
        squatter.Start();
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartServerAsync());

            Assert.Contains("pg_ctl", error.Message, StringComparison.Ordinal);
            Assert.Contains("Address already in use", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            squatter.Stop();
        }

        await server.StartServerAsync();
        Assert.Equal("grid", await QueryAsync(server, "SELECT current_database()"));
    }

    [Fact]
    public async Task DisposeAsync_RunningServer_DeletesDataDirectoryAndIsIdempotent()
    {
        var server = await PostgresServer.StartAsync();
        var dataDirectory = server.DataDirectory;

        await server.DisposeAsync();
        await server.DisposeAsync();

        Assert.False(Directory.Exists(dataDirectory));
        var error = await Record.ExceptionAsync(() => QueryAsync(server, "SELECT 1"));
        Assert.True(error is NpgsqlException or SocketException, $"Expected a connection failure, got {error}");
    }

    // Unpooled, so every check opens a fresh connection to whatever server is (or is not) there now.
    private static string Unpooled(PostgresServer server) =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;

    private static async Task<string?> QueryAsync(PostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(server));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(PostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static IEnumerable<IPAddress> OtherLocalAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => !address.Equals(IPAddress.Loopback) && !address.IsIPv6LinkLocal)
            .Append(IPAddress.IPv6Loopback)
            .Distinct();
}
