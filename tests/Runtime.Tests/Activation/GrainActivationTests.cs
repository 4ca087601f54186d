using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Activation;

public sealed class GrainActivationTests
{
    [Fact]
    public async Task Call_FirstCall_ActivatesGrainAndKeepsState()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var counter = cluster.Client.GetGrain<ICounterGrain>("first");

        Assert.Equal(5, await counter.AddAsync(5));
        Assert.Equal(7, await counter.AddAsync(2));
        Assert.Equal(7, await counter.GetAsync());
        Assert.Equal(1, cluster.ActivationCount);
    }

    [Fact]
    public async Task Turns_HundredConcurrentCallers_NeverOverlapAndLoseNoUpdate()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        const int callers = 100;
        const int callsEach = 20;
        var owner = cluster.SiloIndexOf<ICounterGrain>("hot");
        var other = 1 - owner;

        // Half the callers share the grain's silo, half come from the other silo, so both paths interleave.
        var tasks = Enumerable.Range(0, callers).Select(async i =>
        {
            await Task.Yield();
            var factory = cluster.Silos[i % 2 == 0 ? owner : other].GrainFactory;
            var grain = factory.GetGrain<ICounterGrain>("hot");
            var maxSeen = 0;
            for (var call = 0; call < callsEach; call++)
            {
                maxSeen = Math.Max(maxSeen, await grain.ProbeOverlapAsync());
            }

            return maxSeen;
        }).ToArray();

        var maxima = await Task.WhenAll(tasks).WaitAsync(ClusterFixture.Patience);

        Assert.All(maxima, max => Assert.Equal(1, max));
        Assert.Equal(callers * callsEach, await cluster.Client.GetGrain<ICounterGrain>("hot").GetAsync());
    }

    [Fact]
    public async Task Call_GrainThrows_CallerGetsTypeAndMessageAndActivationSurvives()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var key = "thrower";
        var local = cluster.Silos[cluster.SiloIndexOf<ICounterGrain>(key)].GrainFactory.GetGrain<ICounterGrain>(key);
        await local.AddAsync(3);

        var localError = await Assert.ThrowsAsync<InvalidOperationException>(() => local.FailAsync("out of stock"));
        var remoteError = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Client.GetGrain<ICounterGrain>(key).FailAsync("still out"));

        Assert.Equal("out of stock", localError.Message);
        Assert.Equal("still out", remoteError.Message);
        Assert.Equal(3, await local.GetAsync());
        Assert.Equal(1, cluster.Service<LifecycleProbe>(cluster.SiloIndexOf<ICounterGrain>(key)).ActivationsOf(key));
    }

    [Fact]
    public async Task Call_CustomExceptionFromOtherSilo_ArrivesWithItsType()
    {
        await using var cluster = await ClusterFixture.StartAsync();

        var error = await Assert.ThrowsAsync<BasketRejectedException>(() => cluster.Client.GetGrain<IBasketGrain>("b").RejectAsync("card declined"));

        Assert.Equal("card declined", error.Message);
    }

    [Fact]
    public async Task Activation_OnActivateThrows_CallFailsAndNextCallRetries()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var faults = cluster.Service<FaultSwitch>();
        faults.FailActivation = true;
        var grain = cluster.Client.GetGrain<IFaultyGrain>("f");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.GetAsync());
        Assert.Equal("activation refused", error.Message);
        Assert.Equal(0, cluster.ActivationCount);

        faults.FailActivation = false;
        Assert.Equal(42, await grain.GetAsync());
    }

    [Fact]
    public async Task DeactivateOnIdle_ThenCall_RunsOnDeactivateAndReactivatesWithFreshState()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var probe = cluster.Service<LifecycleProbe>();
        var grain = cluster.Client.GetGrain<ICounterGrain>("short-lived");
        await grain.AddAsync(10);
        var deactivated = probe.WhenDeactivated("short-lived");

        await grain.DeactivateAsync();

        Assert.Equal(DeactivationReason.ApplicationRequested, await deactivated.WaitAsync(ClusterFixture.Patience));
        Assert.Equal(0, await grain.GetAsync());
        Assert.Equal(2, probe.ActivationsOf("short-lived"));
    }

    [Fact]
    public async Task IdleCollection_IdlePastCollectionAge_DeactivatesAndNextCallReactivates()
    {
        await using var cluster = await ClusterFixture.StartAsync(
            silo =>
            {
                silo.CollectionAge = TimeSpan.FromMinutes(10);
                silo.CollectionQuantum = TimeSpan.FromMinutes(1);
            },
            siloCount: 1);
        var probe = cluster.Service<LifecycleProbe>();
        var grain = cluster.Client.GetGrain<ICounterGrain>("idle");
        await grain.AddAsync(1);
        var deactivated = probe.WhenDeactivated("idle");

        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(DeactivationReason.IdleCollection, await deactivated.WaitAsync(ClusterFixture.Patience));
        Assert.Equal(0, await grain.GetAsync());
        Assert.Equal(2, probe.ActivationsOf("idle"));
    }

    [Fact]
    public async Task IdleCollection_RecentlyUsed_IsNotCollected()
    {
        await using var cluster = await ClusterFixture.StartAsync(
            silo =>
            {
                silo.CollectionAge = TimeSpan.FromMinutes(10);
                silo.CollectionQuantum = TimeSpan.FromHours(1);
            },
            siloCount: 1);
        var grain = cluster.Client.GetGrain<ICounterGrain>("busy");
        await grain.AddAsync(1);
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(6));
        await grain.AddAsync(1);
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(0, cluster.Silos[0].CollectIdleActivations());

        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, cluster.Silos[0].CollectIdleActivations());
    }

    [Fact]
    public async Task Timer_FakeClockAdvances_TicksRunAsTurns()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<IGateGrain>("timer");
        await grain.StartTimerAsync(TimeSpan.FromSeconds(10));

        for (var expected = 1; expected <= 3; expected++)
        {
            cluster.TimeProvider.Advance(TimeSpan.FromSeconds(10));
            var ticks = 0;
            for (var attempt = 0; attempt < 1000 && ticks < expected; attempt++)
            {
                // Each call queues behind the tick the clock just released, so this converges without waiting on time.
                ticks = await grain.TicksAsync();
            }

            Assert.Equal(expected, ticks);
        }
    }
}
