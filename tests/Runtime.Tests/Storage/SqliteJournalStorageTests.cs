using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

public sealed class SqliteJournalStorageTests : JournalStorageContractTests, IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grid-journal-").FullName;
    private readonly List<SqliteGrainStorage> _opened = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            await storage.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    protected override async Task<IJournalStorage> OpenAsync()
    {
        var storage = new SqliteGrainStorage(Path.Combine(_directory, "grid.db"), TimeProvider.System);
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }
}
