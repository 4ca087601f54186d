using Grid.Runtime.Storage;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresGrainStorageTests(PostgresFixture postgres) : GrainStorageContractTests, IAsyncLifetime
{
    private readonly List<PostgresGrainStorage> _opened = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            await storage.DisposeAsync();
        }
    }

    [Fact]
    public async Task Initialize_ServerDown_ThrowsAndWorksOnceServerIsBack()
    {
        var server = await Grid.Runtime.Testing.PostgresServer.StartAsync();
        await using (server)
        {
            await server.StopServerAsync();
            var storage = new PostgresGrainStorage(server.ConnectionString);
            await using (storage)
            {
                await Assert.ThrowsAnyAsync<Exception>(() => storage.InitializeAsync(CancellationToken.None));

                await server.StartServerAsync();
                await storage.InitializeAsync(CancellationToken.None);
                Assert.Equal(1, await storage.WriteAsync(new StateKey("t", "k", "s"), new byte[] { 1 }, 0, CancellationToken.None));
            }
        }
    }

    protected override async Task<IGrainStorage> OpenAsync()
    {
        var storage = new PostgresGrainStorage(postgres.ConnectionString);
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }
}
