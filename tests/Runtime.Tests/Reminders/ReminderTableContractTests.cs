using Grid.Runtime.Identity;
using Grid.Runtime.Reminders;

namespace Grid.Runtime.Tests.Reminders;

/// <summary>The contract every reminder table meets, run unchanged against each one.</summary>
public abstract class ReminderTableContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 30, 15, 250, TimeSpan.Zero);
    private readonly GrainType _grainType = new("reminder-contract-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Creates a table over a fresh or the shared backing store, initialized.</summary>
    internal abstract Task<IReminderTable> OpenAsync();

    [Fact]
    public async Task Upsert_NewThenUpdate_VersionAdvancesAndRowRoundTrips()
    {
        var table = await OpenAsync();
        var key = Key("sku-1", "expire");

        var first = await table.UpsertAsync(Entry(key, 7, Start, TimeSpan.FromMinutes(1)), CancellationToken.None);
        var second = await table.UpsertAsync(Entry(key, 7, Start.AddHours(1), Timeout.InfiniteTimeSpan), CancellationToken.None);
        var stored = await table.ReadAsync(key, CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal(Entry(key, 7, Start.AddHours(1), Timeout.InfiniteTimeSpan) with { Version = 2 }, stored);
        Assert.True(stored!.IsOneShot);
    }

    [Fact]
    public async Task Read_Missing_ReturnsNull()
    {
        var table = await OpenAsync();

        Assert.Null(await table.ReadAsync(Key("nobody", "nothing"), CancellationToken.None));
    }

    [Fact]
    public async Task Delete_StaleVersion_KeepsRow_CurrentVersionDeletes()
    {
        var table = await OpenAsync();
        var key = Key("sku-2", "expire");
        await table.UpsertAsync(Entry(key, 1, Start, TimeSpan.FromMinutes(1)), CancellationToken.None);
        await table.UpsertAsync(Entry(key, 1, Start, TimeSpan.FromMinutes(2)), CancellationToken.None);

        Assert.False(await table.DeleteAsync(key, expectedVersion: 1, CancellationToken.None));
        Assert.NotNull(await table.ReadAsync(key, CancellationToken.None));
        Assert.True(await table.DeleteAsync(key, expectedVersion: 2, CancellationToken.None));
        Assert.Null(await table.ReadAsync(key, CancellationToken.None));
        Assert.False(await table.DeleteAsync(key, expectedVersion: null, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_AnyVersion_DeletesOnlyThatReminder()
    {
        var table = await OpenAsync();
        var kept = Key("sku-3", "kept");
        var dropped = Key("sku-3", "dropped");
        await table.UpsertAsync(Entry(kept, 1, Start, TimeSpan.FromMinutes(1)), CancellationToken.None);
        await table.UpsertAsync(Entry(dropped, 1, Start, TimeSpan.FromMinutes(1)), CancellationToken.None);

        Assert.True(await table.DeleteAsync(dropped, expectedVersion: null, CancellationToken.None));

        Assert.NotNull(await table.ReadAsync(kept, CancellationToken.None));
        Assert.Null(await table.ReadAsync(dropped, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAll_SomePartitions_ReturnsOnlyTheirRows()
    {
        var table = await OpenAsync();
        for (var partition = 0; partition < 6; partition++)
        {
            await table.UpsertAsync(Entry(Key($"grain-{partition}", "r"), partition, Start, TimeSpan.FromSeconds(1)), CancellationToken.None);
        }

        var some = await table.ReadAllAsync([1, 4, 5], null, CancellationToken.None);
        var all = await table.ReadAllAsync(null, null, CancellationToken.None);

        Assert.Equal([1, 4, 5], Mine(some).Select(e => e.Partition).Order());
        Assert.Equal(6, Mine(all).Count());
        Assert.Empty(Mine(await table.ReadAllAsync([], null, CancellationToken.None)));
    }

    [Fact]
    public async Task ReadAll_StartsBy_ReturnsRowsStartingAtOrBeforeIt_InTheGivenPartitions()
    {
        var table = await OpenAsync();
        await table.UpsertAsync(Entry(Key("early", "r"), 1, Start, TimeSpan.FromMinutes(1)), CancellationToken.None);
        await table.UpsertAsync(Entry(Key("exactly", "r"), 1, Start.AddMinutes(5), Timeout.InfiniteTimeSpan), CancellationToken.None);
        await table.UpsertAsync(Entry(Key("late", "r"), 1, Start.AddMinutes(5).AddMilliseconds(1), Timeout.InfiniteTimeSpan), CancellationToken.None);
        await table.UpsertAsync(Entry(Key("elsewhere", "r"), 2, Start, TimeSpan.FromMinutes(1)), CancellationToken.None);

        var due = await table.ReadAllAsync([1], Start.AddMinutes(5), CancellationToken.None);
        var anywhere = await table.ReadAllAsync(null, Start.AddMinutes(5), CancellationToken.None);

        Assert.Equal(["early", "exactly"], Mine(due).Select(e => e.Key.GrainId.Key).Order());
        Assert.Equal(["early", "elsewhere", "exactly"], Mine(anywhere).Select(e => e.Key.GrainId.Key).Order());
    }

    /// <summary>Deletes this test's rows from a table whose backing store outlives the test.</summary>
    internal async Task DeleteMineAsync(IReminderTable table)
    {
        foreach (var entry in Mine(await table.ReadAllAsync(null, null, CancellationToken.None)))
        {
            await table.DeleteAsync(entry.Key, expectedVersion: null, CancellationToken.None);
        }
    }

    private IEnumerable<ReminderEntry> Mine(IEnumerable<ReminderEntry> entries) => entries.Where(e => e.Key.GrainId.Type == _grainType);

    private ReminderKey Key(string grainKey, string name) => new(new GrainId(_grainType, grainKey), name);

    private static ReminderEntry Entry(ReminderKey key, int partition, DateTimeOffset start, TimeSpan period) =>
        new(key, partition, start, period, Version: 0);
}
