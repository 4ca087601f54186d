using Grid.Grains.Health;
using Grid.Runtime.Testing;

namespace Grid.Grains.Tests.Health;

public sealed class HealthGrainTests
{
    [Fact]
    public async Task CheckAsync_CalledTwiceFromOtherSilo_CountsChecksAndUsesTheSiloClock()
    {
        await using var cluster = await TestCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IHealthGrain>("probe");

        var first = await grain.CheckAsync();
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        var second = await grain.CheckAsync();

        Assert.Equal("probe", first.Probe);
        Assert.Equal(1, first.ChecksServed);
        Assert.Equal(2, second.ChecksServed);
        Assert.Equal(cluster.TimeProvider.GetUtcNow(), second.CheckedAt);
        Assert.Equal(TimeSpan.FromMinutes(1), second.CheckedAt - first.CheckedAt);
    }
}
