using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Scheduling;

public sealed class ReentrancyTests
{
    [Fact]
    public async Task CallCycle_AToBToA_CompletesThroughCallChainReentrancy()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var a = cluster.KeyOnSilo<IPingGrain>(0, "a-");
        var b = cluster.KeyOnSilo<IPingGrain>(1, "b-");

        var answer = await cluster.Client.GetGrain<IPingGrain>(a).PingPongAsync(b).WaitAsync(ClusterFixture.Patience);

        Assert.Equal($"{a}<-{b}<-{a}", answer);
    }

    [Fact]
    public async Task CallCycle_SameSilo_CompletesThroughCallChainReentrancy()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);

        var answer = await cluster.Silos[0].GrainFactory.GetGrain<IPingGrain>("x").PingPongAsync("y").WaitAsync(ClusterFixture.Patience);

        Assert.Equal("x<-y<-x", answer);
    }

    [Fact]
    public async Task CallCycle_ReentrancyDisabled_FailsFastWithCallCycleException()
    {
        await using var cluster = await ClusterFixture.StartAsync(silo => silo.AllowCallChainReentrancy = false);
        var a = cluster.KeyOnSilo<IPingGrain>(0, "a-");
        var b = cluster.KeyOnSilo<IPingGrain>(1, "b-");

        var error = await Assert.ThrowsAsync<CallCycleException>(
            () => cluster.Client.GetGrain<IPingGrain>(a).PingPongAsync(b).WaitAsync(ClusterFixture.Patience));

        Assert.Contains(a, error.Message, StringComparison.Ordinal);
        Assert.Contains(b, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReentrantGrain_SecondCallOpensGateOfFirst_BothComplete()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IReentrantGateGrain>("r");

        var waiting = grain.WaitAsync();
        await grain.OpenAsync().WaitAsync(ClusterFixture.Patience);

        Assert.Equal("opened", await waiting.WaitAsync(ClusterFixture.Patience));
    }

    [Fact]
    public async Task AlwaysInterleaveMethod_OnNonReentrantGrain_RunsWhileAnotherCallWaits()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IGateGrain>("g");

        var waiting = grain.WaitAsync();
        await grain.OpenInterleavedAsync().WaitAsync(ClusterFixture.Patience);

        Assert.Equal("opened", await waiting.WaitAsync(ClusterFixture.Patience));
    }

    [Fact]
    public async Task Deadline_RemoteCallerBlockedTurnAndLocalCallQueuedBehindIt_BothTimeOut()
    {
        await using var cluster = await ClusterFixture.StartAsync(silo => silo.CallTimeout = TimeSpan.FromSeconds(30));
        const string key = "blocked";
        var owner = cluster.SiloIndexOf<IGateGrain>(key);
        var local = cluster.Silos[owner].GrainFactory.GetGrain<IGateGrain>(key);
        var blocked = cluster.Client.GetGrain<IGateGrain>(key).WaitAsync();
        await cluster.Service<LifecycleProbe>(owner).WhenWaiting(key).WaitAsync(ClusterFixture.Patience);
        var queued = local.OpenAsync();

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(29));
        Assert.False(blocked.IsCompleted);
        Assert.False(queued.IsCompleted);
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(3));

        var blockedError = await Assert.ThrowsAsync<TimeoutException>(() => blocked.WaitAsync(ClusterFixture.Patience));
        var queuedError = await Assert.ThrowsAsync<TimeoutException>(() => queued.WaitAsync(ClusterFixture.Patience));
        Assert.Contains("WaitAsync", blockedError.Message, StringComparison.Ordinal);
        Assert.Contains("OpenAsync", queuedError.Message, StringComparison.Ordinal);

        // The timed-out caller stopped waiting but the turn still holds the grain until it ends.
        await local.OpenInterleavedAsync();
        Assert.Equal(0, await local.TicksAsync().WaitAsync(ClusterFixture.Patience));
    }

    [Fact]
    public async Task Deadline_LocalCallerWaitingOnBlockedGrain_TimesOut()
    {
        await using var cluster = await ClusterFixture.StartAsync(silo => silo.CallTimeout = TimeSpan.FromSeconds(5), siloCount: 1);
        var grain = cluster.Silos[0].GrainFactory.GetGrain<IGateGrain>("local-blocked");
        var blocked = grain.WaitAsync();
        await cluster.Service<LifecycleProbe>().WhenWaiting("local-blocked").WaitAsync(ClusterFixture.Patience);

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(7));

        await Assert.ThrowsAsync<TimeoutException>(() => blocked.WaitAsync(ClusterFixture.Patience));
        await grain.OpenInterleavedAsync();
    }
}
