using Grid.Runtime.Reminders;
using Grid.Runtime.Storage;
using Grid.Runtime.Testing;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Reminders;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTableTests(PostgresFixture postgres) : ReminderTableContractTests, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new TestClusterOptions().StartTime;
    private readonly List<PostgresGrainStorage> _opened = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var storage in _opened)
        {
            await DeleteMineAsync(((IReminderTableSource)storage).ReminderTable);
            await storage.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reminder_ClusterRestartsOverSameDatabase_FiresInNewClusterOnceAndIsDeleted()
    {
        // Keys are unique per run: the server is shared by every test of the collection.
        var key = "restarted-" + Guid.NewGuid().ToString("N")[..8];
        await using (var first = await ClusterFixture.StartAsync(storage: new PostgresGrainStorage(postgres.ConnectionString)))
        {
            await first.Client.GetGrain<IReminderProbeGrain>(key).RegisterAsync("expire", TimeSpan.FromSeconds(45), Timeout.InfiniteTimeSpan);
        }

        await using var second = await ClusterFixture.StartAsync(storage: new PostgresGrainStorage(postgres.ConnectionString));
        var grain = second.Client.GetGrain<IReminderProbeGrain>(key);
        second.TimeProvider.Advance(TimeSpan.FromSeconds(45));
        await second.WhenTicksHandled(key, 1);
        second.TimeProvider.Advance(TimeSpan.FromMinutes(5));
        await grain.BarrierAsync();

        var tick = Assert.Single(second.ReminderProbeOf(key).TicksOf(key)).Tick;
        Assert.Equal(new ReminderTick(Start.AddSeconds(45), Start.AddSeconds(45), Timeout.InfiniteTimeSpan), tick);
        Assert.Null(await grain.PeriodOfAsync("expire"));
    }

    internal override async Task<IReminderTable> OpenAsync()
    {
        var storage = new PostgresGrainStorage(postgres.ConnectionString);
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        var table = ((IReminderTableSource)storage).ReminderTable;
        await table.InitializeAsync(CancellationToken.None);
        return table;
    }
}
