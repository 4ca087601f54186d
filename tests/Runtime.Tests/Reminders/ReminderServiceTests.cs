using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grid.Runtime.Invocation;
using Grid.Runtime.Reminders;
using Grid.Runtime.Testing;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Reminders;

public sealed class ReminderServiceTests
{
    private static readonly DateTimeOffset Start = new TestClusterOptions().StartTime;

    [Fact]
    public async Task RegisterOrUpdateReminder_ClockPassesDueTimeThenPeriods_FiresAtDueTimeAndEveryPeriod()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("periodic");
        var probe = cluster.ReminderProbeOf("periodic");

        var firstDue = await grain.RegisterAsync("restock", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1));
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(9));
        await grain.BarrierAsync();
        Assert.Empty(probe.TicksOf("periodic"));

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await cluster.WhenTicksHandled("periodic", 1);
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        await cluster.WhenTicksHandled("periodic", 2);
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        await cluster.WhenTicksHandled("periodic", 3);

        Assert.Equal(Start.AddSeconds(10), firstDue);
        Assert.Equal(
            [Start.AddSeconds(10), Start.AddSeconds(70), Start.AddSeconds(130)],
            probe.TicksOf("periodic").Select(t => t.Tick.CurrentTickTime));
        Assert.All(probe.TicksOf("periodic"), t =>
        {
            Assert.Equal("restock", t.Name);
            Assert.Equal(new ReminderTick(Start.AddSeconds(10), t.Tick.CurrentTickTime, TimeSpan.FromMinutes(1)), t.Tick);
        });
    }

    [Fact]
    public async Task Reminder_GrainDeactivatedBeforeDue_TickReactivatesIt()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("sleeper");
        var lifecycle = cluster.LifecycleProbeOf("sleeper");
        await grain.RegisterAsync("wake", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));
        var deactivated = lifecycle.WhenDeactivated("sleeper");
        await grain.DeactivateAsync();
        await deactivated.WaitAsync(ClusterFixture.Patience);
        Assert.Equal(0, cluster.ActivationCount);

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(30));
        await cluster.WhenTicksHandled("sleeper", 1);

        Assert.Equal(2, lifecycle.ActivationsOf("sleeper"));
        Assert.Equal(1, cluster.ActivationCount);
    }

    [Fact]
    public async Task Reminder_OneShot_FiresOnceAndIsDeleted()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("once");
        var probe = cluster.ReminderProbeOf("once");
        await grain.RegisterAsync("expire", TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        Assert.Equal(Timeout.InfiniteTimeSpan, await grain.PeriodOfAsync("expire"));

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(5));
        await cluster.WhenTicksHandled("once", 1);
        cluster.TimeProvider.Advance(TimeSpan.FromHours(1));
        await grain.BarrierAsync();

        var tick = Assert.Single(probe.TicksOf("once")).Tick;
        Assert.Equal(new ReminderTick(Start.AddSeconds(5), Start.AddSeconds(5), Timeout.InfiniteTimeSpan), tick);
        Assert.Null(await grain.PeriodOfAsync("expire"));
        Assert.Equal(0, cluster.RemindersOf("once").Count);
    }

    [Fact]
    public async Task UnregisterReminder_AfterFirstTick_NoMoreTicks()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("stopped");
        var probe = cluster.ReminderProbeOf("stopped");
        await grain.RegisterAsync("poll", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(10));
        await cluster.WhenTicksHandled("stopped", 1);

        await grain.UnregisterAsync("poll");
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        await grain.BarrierAsync();

        Assert.Single(probe.TicksOf("stopped"));
        Assert.Null(await grain.PeriodOfAsync("poll"));
        Assert.Equal(0, cluster.RemindersOf("stopped").Count);
    }

    [Fact]
    public async Task RegisterOrUpdateReminder_SameNameAgain_ReplacesSchedule()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("moved");
        var probe = cluster.ReminderProbeOf("moved");
        await grain.RegisterAsync("hold", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1));

        await grain.RegisterAsync("hold", TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(10));
        await grain.BarrierAsync();
        Assert.Empty(probe.TicksOf("moved"));
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(20));
        await cluster.WhenTicksHandled("moved", 1);

        Assert.Equal(new ReminderTick(Start.AddSeconds(30), Start.AddSeconds(30), TimeSpan.FromMinutes(2)), Assert.Single(probe.TicksOf("moved")).Tick);
        Assert.Equal(TimeSpan.FromMinutes(2), await grain.PeriodOfAsync("hold"));
        Assert.Equal(1, cluster.RemindersOf("moved").Count);
    }

    [Theory]
    [InlineData("", 10, 60)]
    [InlineData("  ", 10, 60)]
    [InlineData("name-of-129-chars", 10, 60)]
    [InlineData("negative-due", -1, 60)]
    [InlineData("zero-period", 10, 0)]
    [InlineData("sub-second-period", 10, 0.5)]
    [InlineData("negative-period", 10, -5)]
    public async Task RegisterOrUpdateReminder_InvalidArguments_ThrowsArgumentExceptionAndStoresNothing(string name, double dueSeconds, double periodSeconds)
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("invalid");
        var reminderName = name == "name-of-129-chars" ? new string('r', 129) : name;

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => grain.RegisterAsync(reminderName, TimeSpan.FromSeconds(dueSeconds), TimeSpan.FromSeconds(periodSeconds)));

        Assert.Equal(0, cluster.Silos[0].Runtime.Reminders.Count);
        Assert.Empty(await ((IReminderTableSource)cluster.Storage).ReminderTable.ReadAllAsync(null, null, CancellationToken.None));
    }

    [Fact]
    public async Task RegisterOrUpdateReminder_LongestNameAndShortestPeriod_Accepted()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("limits");

        await grain.RegisterAsync(new string('r', 128), TimeSpan.Zero, TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(1), await grain.PeriodOfAsync(new string('r', 128)));
    }

    [Fact]
    public async Task RegisterOrUpdateReminder_GrainClassNotRemindable_ThrowsClearInvalidOperation()
    {
        await using var cluster = await ClusterFixture.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Client.GetGrain<IUnremindableGrain>("u").RegisterAsync());

        Assert.Contains(nameof(UnremindableGrain), error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(IRemindable).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_DeliveryThrows_RetriedAtNextTickAndCounted()
    {
        var measurements = new ConcurrentBag<(string Instrument, object? GrainType)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Grid.Runtime" && instrument.Name.StartsWith("grid.reminders.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "grain_type")
                {
                    measurements.Add((instrument.Name, tag.Value));
                }
            }
        });
        listener.Start();
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("flaky");
        var probe = cluster.ReminderProbeOf("flaky");
        probe.FailNext("flaky", 1);
        await grain.RegisterAsync("retry", TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(10));
        await probe.WhenFailures("flaky", 1).WaitAsync(ClusterFixture.Patience);
        await cluster.RemindersOf("flaky").WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await cluster.WhenTicksHandled("flaky", 1);

        Assert.Equal(Start.AddSeconds(10), Assert.Single(probe.TicksOf("flaky")).Tick.CurrentTickTime);
        Assert.Contains(("grid.reminders.failed", (object?)"reminderprobe"), measurements);
        Assert.Contains(("grid.reminders.delivered", (object?)"reminderprobe"), measurements);
    }

    [Fact]
    public async Task Reminders_GrainsOnBothSilos_EachSiloSchedulesAndDeliversItsOwn()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var keys = new[] { cluster.KeyOnSilo<IReminderProbeGrain>(0, "left-"), cluster.KeyOnSilo<IReminderProbeGrain>(1, "right-") };
        foreach (var key in keys)
        {
            await cluster.Client.GetGrain<IReminderProbeGrain>(key).RegisterAsync("both", TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
        }

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(5));
        foreach (var key in keys)
        {
            await cluster.WhenTicksHandled(key, 1);
        }

        Assert.Equal(1, cluster.Silos[0].Runtime.Reminders.Count);
        Assert.Equal(1, cluster.Silos[1].Runtime.Reminders.Count);
    }

    [Fact]
    public async Task ReceiveReminder_CalledFromAnotherSilo_CrossesTheWire()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var key = cluster.KeyOnSilo<IReminderProbeGrain>(1, "remote-");
        var factory = (GrainFactory)cluster.Silos[0].GrainFactory;
        var remindable = factory.GetReference<IRemindable>(TestCluster.GrainIdOf<IReminderProbeGrain>(key));
        var tick = new ReminderTick(Start, Start.AddMinutes(2), TimeSpan.FromMinutes(1));

        await remindable.ReceiveReminder("wire", tick);

        var received = Assert.Single(cluster.ReminderProbeOf(key).TicksOf(key));
        Assert.Equal("wire", received.Name);
        Assert.Equal(tick, received.Tick);
        Assert.NotSame(tick, received.Tick);
    }
}
