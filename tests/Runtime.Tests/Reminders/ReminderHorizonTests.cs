using Grid.Runtime.Reminders;
using Grid.Runtime.Testing;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Reminders;

/// <summary>Reminders due beyond the horizon live in the table only, and a scan brings them into memory in time.</summary>
public sealed class ReminderHorizonTests
{
    private static readonly DateTimeOffset Start = new TestClusterOptions().StartTime;

    [Fact]
    public async Task Reminder_DueBeyondHorizon_StaysInTableUntilAScanReachesIt_ThenFiresOnTime()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("far");
        var reminders = cluster.RemindersOf("far");
        var probe = cluster.ReminderProbeOf("far");

        await grain.RegisterAsync("expire", TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        Assert.Equal(0, reminders.Count);
        Assert.Equal(Timeout.InfiniteTimeSpan, await grain.PeriodOfAsync("expire"));

        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(54));
        await reminders.WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
        Assert.Equal(0, reminders.Count);
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        await reminders.WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
        Assert.Equal(1, reminders.Count);
        Assert.Empty(probe.TicksOf("far"));

        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(5));
        await cluster.WhenTicksHandled("far", 1);

        Assert.Equal(new ReminderTick(Start.AddHours(1), Start.AddHours(1), Timeout.InfiniteTimeSpan), Assert.Single(probe.TicksOf("far")).Tick);
        Assert.Equal(0, reminders.Count);
        Assert.Null(await grain.PeriodOfAsync("expire"));
    }

    [Fact]
    public async Task Reminder_PeriodLongerThanHorizon_LeavesMemoryAfterEachTickAndComesBackForTheNext()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("hourly");
        var reminders = cluster.RemindersOf("hourly");
        await grain.RegisterAsync("audit", TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
        Assert.Equal(1, reminders.Count);

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(10));
        await cluster.WhenTicksHandled("hourly", 1);
        Assert.Equal(0, reminders.Count);
        for (var minute = 0; minute < 60; minute++)
        {
            cluster.TimeProvider.Advance(TimeSpan.FromMinutes(1));
            await reminders.WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
        }

        await cluster.WhenTicksHandled("hourly", 2);
        Assert.Equal(
            [Start.AddSeconds(10), Start.AddSeconds(10).AddHours(1)],
            cluster.ReminderProbeOf("hourly").TicksOf("hourly").Select(t => t.Tick.CurrentTickTime));
    }

    [Fact]
    public async Task Reminder_ClockJumpsPastSeveralTicksBeyondHorizon_OneDeliveryOfTheLatestTick()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("jump");
        await grain.RegisterAsync("audit", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));

        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(35));
        await cluster.WhenTicksHandled("jump", 1);
        await cluster.RemindersOf("jump").WhenIdleAsync().WaitAsync(ClusterFixture.Patience);

        Assert.Equal(Start.AddMinutes(30), Assert.Single(cluster.ReminderProbeOf("jump").TicksOf("jump")).Tick.CurrentTickTime);
    }

    [Fact]
    public async Task UnregisterReminder_DueBeyondHorizon_NeverFires()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("cancelled-far");
        await grain.RegisterAsync("expire", TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan);

        await grain.UnregisterAsync("expire");
        cluster.TimeProvider.Advance(TimeSpan.FromHours(1));
        await cluster.RemindersOf("cancelled-far").WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
        await grain.BarrierAsync();

        Assert.Empty(cluster.ReminderProbeOf("cancelled-far").TicksOf("cancelled-far"));
    }
}
