using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

/// <summary>The journal contract every provider meets: ordered segments, compare-and-swap on position, truncation.</summary>
public abstract class JournalStorageContractTests
{
    private readonly StateKey _key = new("journal-" + Guid.NewGuid().ToString("N")[..8], "sku-1@store-1", "inventory");

    protected abstract Task<IJournalStorage> OpenAsync();

    [Fact]
    public async Task Append_InOrder_ReadsBackAfterAnyPosition()
    {
        var journal = await OpenAsync();

        Assert.Equal(1, await journal.AppendAsync(_key, 0, new byte[] { 1 }, CancellationToken.None));
        Assert.Equal(2, await journal.AppendAsync(_key, 1, new byte[] { 2, 2 }, CancellationToken.None));
        Assert.Equal(3, await journal.AppendAsync(_key, 2, new byte[] { 3 }, CancellationToken.None));

        var all = await journal.ReadJournalAsync(_key, 0, CancellationToken.None);
        var tail = await journal.ReadJournalAsync(_key, 2, CancellationToken.None);
        Assert.Equal([1L, 2L, 3L], all.Select(s => s.Position));
        Assert.Equal(new byte[] { 2, 2 }, all[1].Data);
        Assert.Equal(3, Assert.Single(tail).Position);
        Assert.Empty(await journal.ReadJournalAsync(new StateKey(_key.GrainType, "other", "inventory"), 0, CancellationToken.None));
    }

    [Fact]
    public async Task Append_TwoWritersAtSamePosition_OneWinsOtherConflicts()
    {
        var journal = await OpenAsync();
        await journal.AppendAsync(_key, 0, new byte[] { 1 }, CancellationToken.None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            try
            {
                await journal.AppendAsync(_key, 1, new[] { (byte)i }, CancellationToken.None);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        Assert.Equal(2, (await journal.ReadJournalAsync(_key, 0, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Truncate_RemovesSegmentsUpToPosition_LaterAppendsContinue()
    {
        var journal = await OpenAsync();
        for (var position = 0; position < 4; position++)
        {
            await journal.AppendAsync(_key, position, new[] { (byte)position }, CancellationToken.None);
        }

        await journal.TruncateAsync(_key, 3, CancellationToken.None);
        await journal.AppendAsync(_key, 4, new byte[] { 9 }, CancellationToken.None);

        Assert.Equal([4L, 5L], (await journal.ReadJournalAsync(_key, 0, CancellationToken.None)).Select(s => s.Position));
    }
}
