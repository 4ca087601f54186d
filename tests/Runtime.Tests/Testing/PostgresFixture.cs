using Grid.Runtime.Testing;

namespace Grid.Runtime.Tests.Testing;

/// <summary>One throwaway PostgreSQL server shared by the test classes of the "postgres" collection.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The server is not started.");

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
