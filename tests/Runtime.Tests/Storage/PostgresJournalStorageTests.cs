using Grid.Runtime.Storage;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresJournalStorageTests(PostgresFixture postgres) : JournalStorageContractTests, IAsyncLifetime
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

    protected override async Task<IJournalStorage> OpenAsync()
    {
        var storage = new PostgresGrainStorage(postgres.ConnectionString);
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }
}
