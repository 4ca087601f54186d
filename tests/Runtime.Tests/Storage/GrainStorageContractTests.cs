using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

/// <summary>The contract every storage provider meets, run unchanged against each one.</summary>
public abstract class GrainStorageContractTests
{
    private readonly string _grainType = "contract-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Creates a storage over a fresh or the shared backing store, initialized.</summary>
    protected abstract Task<IGrainStorage> OpenAsync();

    /// <summary>True when a second instance over the same backing store sees the first one's writes.</summary>
    protected virtual bool IsDurable => true;

    [Fact]
    public async Task Read_NeverWritten_ReturnsNull()
    {
        var storage = await OpenAsync();

        Assert.Null(await storage.ReadAsync(Key("missing"), CancellationToken.None));
    }

    [Fact]
    public async Task Write_NewThenUpdate_VersionsAdvanceAndDataRoundTrips()
    {
        var storage = await OpenAsync();
        var key = Key("sku-1@store-7");

        var first = await storage.WriteAsync(key, new byte[] { 1, 2, 3 }, 0, CancellationToken.None);
        var second = await storage.WriteAsync(key, new byte[] { 4, 5 }, first, CancellationToken.None);
        var stored = await storage.ReadAsync(key, CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal(new byte[] { 4, 5 }, stored!.Data);
        Assert.Equal(2, stored.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task Write_WrongExpectedVersion_ThrowsConflictAndChangesNothing(long staleVersion)
    {
        var storage = await OpenAsync();
        var key = Key("contested");
        await storage.WriteAsync(key, new byte[] { 9 }, 0, CancellationToken.None);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(key, new byte[] { 6 }, staleVersion, CancellationToken.None));

        var stored = await storage.ReadAsync(key, CancellationToken.None);
        Assert.Equal(new byte[] { 9 }, stored!.Data);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Clear_KeepsTombstoneWithNextVersion_ThenWritesContinue()
    {
        var storage = await OpenAsync();
        var key = Key("cleared");
        await storage.WriteAsync(key, new byte[] { 1 }, 0, CancellationToken.None);

        var cleared = await storage.ClearAsync(key, 1, CancellationToken.None);
        var tombstone = await storage.ReadAsync(key, CancellationToken.None);
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(key, new byte[] { 2 }, 1, CancellationToken.None));
        var rewritten = await storage.WriteAsync(key, new byte[] { 3 }, cleared, CancellationToken.None);

        Assert.Equal(2, cleared);
        Assert.Null(tombstone!.Data);
        Assert.Equal(2, tombstone.Version);
        Assert.Equal(3, rewritten);
    }

    [Fact]
    public async Task Write_ConcurrentWritersWithSameExpectedVersion_ExactlyOneWins()
    {
        var storage = await OpenAsync();
        var key = Key("race");
        await storage.WriteAsync(key, new byte[] { 0 }, 0, CancellationToken.None);

        var attempts = Enumerable.Range(1, 20).Select(async i =>
        {
            try
            {
                await storage.WriteAsync(key, new[] { (byte)i }, 1, CancellationToken.None);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
        Assert.Equal(2, (await storage.ReadAsync(key, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Write_ManyKeysConcurrently_AllDurableAndReadBack()
    {
        var storage = await OpenAsync();
        var keys = Enumerable.Range(0, 200).Select(i => Key($"sku-{i}@dc-1")).ToArray();

        await Task.WhenAll(keys.Select((key, i) => storage.WriteAsync(key, BitConverter.GetBytes(i), 0, CancellationToken.None)));

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(BitConverter.GetBytes(i), (await storage.ReadAsync(keys[i], CancellationToken.None))!.Data);
        }
    }

    [Fact]
    public async Task Write_LargePayloadAndUnicodeKey_RoundTrips()
    {
        var storage = await OpenAsync();
        var key = Key("Zürich-東京-🛒");
        var payload = new byte[1_000_000];
        new Random(42).NextBytes(payload);

        await storage.WriteAsync(key, payload, 0, CancellationToken.None);

        Assert.Equal(payload, (await storage.ReadAsync(key, CancellationToken.None))!.Data);
    }

    [Fact]
    public async Task Open_Again_SchemaCreationIsIdempotentAndDataSurvives()
    {
        var storage = await OpenAsync();
        var key = Key("survivor");
        await storage.WriteAsync(key, new byte[] { 42 }, 0, CancellationToken.None);
        await storage.InitializeAsync(CancellationToken.None);

        var reopened = await OpenAsync();
        await reopened.InitializeAsync(CancellationToken.None);
        var stored = await reopened.ReadAsync(key, CancellationToken.None);

        if (IsDurable)
        {
            Assert.Equal(new byte[] { 42 }, stored!.Data);
        }
    }

    private StateKey Key(string grainKey) => new(_grainType, grainKey, "state");
}
