using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Messaging;

public sealed class CrossSiloTests
{
    [Fact]
    public async Task Call_GrainOwnedByOtherSilo_RunsThereAndReturnsResult()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var key = cluster.KeyOnSilo<IBasketGrain>(1);

        var where = await cluster.Silos[0].GrainFactory.GetGrain<IBasketGrain>(key).WhereAmIAsync();

        Assert.Equal("silo-1", where);
        Assert.True(cluster.Silos[1].IsActiveHere(Grid.Runtime.Testing.TestCluster.GrainIdOf<IBasketGrain>(key)));
        Assert.False(cluster.Silos[0].IsActiveHere(Grid.Runtime.Testing.TestCluster.GrainIdOf<IBasketGrain>(key)));
    }

    [Fact]
    public async Task Call_ArgumentsAndResultsOfManyTypes_RoundTripAcrossSilos()
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var key = cluster.KeyOnSilo<IBasketGrain>(1);
        var grain = cluster.Silos[0].GrainFactory.GetGrain<IBasketGrain>(key);
        var validUntil = new DateTimeOffset(2026, 12, 24, 18, 0, 0, TimeSpan.FromHours(1));

        var price = await grain.PriceAsync(new Price("EUR", 12.34m, PriceKind.Promotion, validUntil));
        var echo = await grain.EchoAsync([1, 2, 3], ["a", "b"], PriceKind.Promotion);
        var echoNull = await grain.EchoAsync([], [], null);

        Assert.Equal(new Price("EUR", 24.68m, PriceKind.Promotion, validUntil), price);
        Assert.Equal([1, 2, 3, 2, 1], echo);
        Assert.Equal([0, -1], echoNull);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Call_CallerMutatesArgumentAfterCall_GrainStateUnchanged(bool sameSilo)
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var key = cluster.KeyOnSilo<IBasketGrain>(1);
        var grain = cluster.Silos[sameSilo ? 1 : 0].GrainFactory.GetGrain<IBasketGrain>(key);
        var items = new List<string> { "shoe" };
        var basket = new Basket("ann", items) { Quantities = new() { ["shoe"] = 1 } };

        await grain.SetAsync(basket);
        items.Add("smuggled");
        basket.Quantities["shoe"] = 99;

        var stored = await grain.GetAsync();
        Assert.NotNull(stored);
        Assert.Equal(["shoe"], stored.Items);
        Assert.Equal(1, stored.Quantities["shoe"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Call_CallerMutatesResult_GrainStateUnchanged(bool sameSilo)
    {
        await using var cluster = await ClusterFixture.StartAsync();
        var key = cluster.KeyOnSilo<IBasketGrain>(1);
        var grain = cluster.Silos[sameSilo ? 1 : 0].GrainFactory.GetGrain<IBasketGrain>(key);
        await grain.SetAsync(new Basket("ann", ["shoe"]));

        var items = await grain.ItemsAsync();
        items.Clear();

        Assert.Equal(["shoe"], await grain.ItemsAsync());
    }

    [Fact]
    public async Task Client_ManyConcurrentCalls_AllComplete()
    {
        await using var cluster = await ClusterFixture.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => cluster.Client.GetGrain<ICounterGrain>($"c{i % 20}").AddAsync(1).AsTask()))
            .WaitAsync(ClusterFixture.Patience);

        Assert.Equal(200, results.Length);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(10, await cluster.Client.GetGrain<ICounterGrain>($"c{i}").GetAsync());
        }

        Assert.Equal(0, cluster.Client.PendingCalls);
    }

    [Fact]
    public async Task GetGrain_InvalidKey_ThrowsArgumentException()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);

        Assert.Throws<ArgumentException>(() => cluster.Client.GetGrain<ICounterGrain>(string.Empty));
        Assert.Throws<ArgumentException>(() => cluster.Client.GetGrain<ICounterGrain>(new string('k', 513)));
    }
}
