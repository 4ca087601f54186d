using Grid.Runtime.Hosting;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Hosting;

public sealed class SiloTests
{
    [Fact]
    public async Task StopAsync_WithActivations_DeactivatesEachWithShuttingDownAndRefusesNewCalls()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var silo = cluster.Silos[0];
        var probe = cluster.Service<LifecycleProbe>();
        await silo.GrainFactory.GetGrain<ICounterGrain>("one").AddAsync(1);
        await silo.GrainFactory.GetGrain<ICounterGrain>("two").AddAsync(1);

        await silo.StopAsync().WaitAsync(ClusterFixture.Patience);

        Assert.Equal(0, silo.ActivationCount);
        Assert.Equal(DeactivationReason.ShuttingDown, await probe.WhenDeactivated("one"));
        Assert.Equal(DeactivationReason.ShuttingDown, await probe.WhenDeactivated("two"));
        await Assert.ThrowsAsync<SiloUnavailableException>(() => silo.GrainFactory.GetGrain<ICounterGrain>("three").AddAsync(1).AsTask());
        await Assert.ThrowsAsync<SiloUnavailableException>(() => cluster.Client.GetGrain<ICounterGrain>("four").AddAsync(1).AsTask());
    }

    [Fact]
    public void Options_Invalid_ListEveryProblem()
    {
        var options = new SiloOptions
        {
            SiloName = " ",
            CallTimeout = TimeSpan.Zero,
            CollectionAge = TimeSpan.FromSeconds(-1),
            PartitionCount = 0,
            ShutdownTimeout = TimeSpan.Zero,
        };

        var errors = options.Validate();

        Assert.Equal(5, errors.Count);
        Assert.Contains("CallTimeout must be positive.", errors);
        Assert.Contains("PartitionCount is 1 to 65536.", errors);
        Assert.Empty(new SiloOptions().Validate());
    }
}
