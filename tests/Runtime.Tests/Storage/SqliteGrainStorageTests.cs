using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageContractTests, IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grid-sqlite-").FullName;
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

    [Fact]
    public async Task Initialize_FileInNewFolder_CreatesFolderInWalMode()
    {
        var storage = (SqliteGrainStorage)await OpenAsync();

        Assert.True(File.Exists(storage.Path));
        Assert.True(File.Exists(storage.Path + "-wal"));
    }

    protected override async Task<IGrainStorage> OpenAsync()
    {
        var storage = new SqliteGrainStorage(Path.Combine(_directory, "data", "grid.db"), TimeProvider.System);
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }
}
