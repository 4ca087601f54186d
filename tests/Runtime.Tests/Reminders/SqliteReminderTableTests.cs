using Grid.Runtime.Reminders;
using Grid.Runtime.Storage;
using Grid.Runtime.Testing;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Reminders;

public sealed class SqliteReminderTableTests : ReminderTableContractTests, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new TestClusterOptions().StartTime;
    private readonly string _directory = Directory.CreateTempSubdirectory("grid-reminders-").FullName;
    private readonly List<SqliteGrainStorage> _opened = [];

    private string DatabasePath => Path.Combine(_directory, "data", "grid.db");

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
    public async Task Reminder_ClusterRestartsOverSameFile_FiresInNewCluster()
    {
        await using (var first = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System)))
        {
            await first.Client.GetGrain<IReminderProbeGrain>("restarted").RegisterAsync("restock", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        }

        await using var second = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System));
        Assert.Equal(1, second.RemindersOf("restarted").Count);
        second.TimeProvider.Advance(TimeSpan.FromSeconds(30));
        await second.WhenTicksHandled("restarted", 1);

        var tick = Assert.Single(second.ReminderProbeOf("restarted").TicksOf("restarted")).Tick;
        Assert.Equal(new ReminderTick(Start.AddSeconds(30), Start.AddSeconds(30), TimeSpan.FromMinutes(1)), tick);
    }

    [Fact]
    public async Task Reminder_TicksMissedWhileDown_CollapseIntoOneDeliveryThenScheduleResumes()
    {
        await using (var first = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System)))
        {
            await first.Client.GetGrain<IReminderProbeGrain>("missed").RegisterAsync("restock", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        }

        // Down for ten minutes: ticks were due at 0:30, 1:30, ... 9:30.
        await using var second = await ClusterFixture.StartAsync(
            storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System),
            startTime: Start.AddMinutes(10));
        second.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await second.WhenTicksHandled("missed", 1);
        second.TimeProvider.Advance(TimeSpan.FromSeconds(29));
        await second.WhenTicksHandled("missed", 2);

        Assert.Equal(
            [Start.AddSeconds(570), Start.AddSeconds(630)],
            second.ReminderProbeOf("missed").TicksOf("missed").Select(t => t.Tick.CurrentTickTime));
    }

    [Fact]
    public async Task Reminder_UnregisteredBeforeRestart_DoesNotFireAfter()
    {
        await using (var first = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System)))
        {
            var grain = first.Client.GetGrain<IReminderProbeGrain>("cancelled");
            await grain.RegisterAsync("restock", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
            await grain.UnregisterAsync("restock");
        }

        await using var second = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System));
        second.TimeProvider.Advance(TimeSpan.FromMinutes(2));
        await second.Client.GetGrain<IReminderProbeGrain>("cancelled").BarrierAsync();

        Assert.Equal(0, second.RemindersOf("cancelled").Count);
        Assert.Empty(second.ReminderProbeOf("cancelled").TicksOf("cancelled"));
    }

    [Fact]
    public async Task Restart_LoadsOnlyRemindersWithinHorizon_AndTheFarOneStillFires()
    {
        await using (var first = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System)))
        {
            await first.Client.GetGrain<IReminderProbeGrain>("near").RegisterAsync("soon", TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
            await first.Client.GetGrain<IReminderProbeGrain>("distant").RegisterAsync("later", TimeSpan.FromMinutes(20), Timeout.InfiniteTimeSpan);
        }

        await using var second = await ClusterFixture.StartAsync(storage: new SqliteGrainStorage(DatabasePath, TimeProvider.System));
        Assert.Equal(1, second.Silos.Sum(silo => silo.Runtime.Reminders.Count));
        for (var minute = 0; minute < 20; minute++)
        {
            second.TimeProvider.Advance(TimeSpan.FromMinutes(1));
            await second.RemindersOf("distant").WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
        }

        await second.WhenTicksHandled("near", 1);
        await second.WhenTicksHandled("distant", 1);
        Assert.Equal(Start.AddMinutes(20), Assert.Single(second.ReminderProbeOf("distant").TicksOf("distant")).Tick.CurrentTickTime);
    }

    internal override async Task<IReminderTable> OpenAsync()
    {
        var storage = new SqliteGrainStorage(DatabasePath, TimeProvider.System);
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        var table = ((IReminderTableSource)storage).ReminderTable;
        await table.InitializeAsync(CancellationToken.None);
        return table;
    }
}
