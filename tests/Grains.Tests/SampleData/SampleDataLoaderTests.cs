using System.Collections.Concurrent;
using Grid.Grains.Channels;
using Grid.Grains.Customers;
using Grid.Grains.Inventory;
using Grid.Grains.Locations;
using Grid.Grains.SampleData;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Hosting;

namespace Grid.Grains.Tests.SampleData;

/// <summary>Loads the sample set through the real grains (locations, channels, customers, inventory) of a test cluster.</summary>
public sealed class SampleDataLoaderTests
{
    private static readonly DateOnly Today = new(2025, 3, 1);
    private static readonly SampleDataSet Data = SampleDataSet.Create();

    [Fact]
    public async Task LoadAsync_IntoACluster_DefinesEverythingAndSetsStock()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var progress = new QueueProgress();

        var result = await new SampleDataLoader().LoadAsync(cluster.Client, Data, Today, progress, CancellationToken.None);

        var centreLevels = Data.Stock.Count(s => s.SafetyStock > 0);
        Assert.Equal(new SampleDataLoadResult(42, 53, 3, 20, 1_000, Data.Stock.Count, centreLevels, Data.Inbound.Count, 0), result);
        Assert.Contains(progress.Messages, m => m.Contains("53 locations", StringComparison.Ordinal));
        Assert.Contains(progress.Messages, m => m.Contains("loaded", StringComparison.Ordinal));

        foreach (var level in Samples())
        {
            var availability = await cluster.Client.GetGrain<IInventoryGrain>(level.Key.ToString()).GetAvailabilityAsync();
            Assert.Equal(level.OnHand, availability.OnHand);
            Assert.Equal(level.SafetyStock, availability.SafetyStock);
            Assert.Equal(level.OnHand - level.SafetyStock, availability.AvailableToSell);
        }

        var supply = Data.Inbound[0];
        var inbound = cluster.Client.GetGrain<IInventoryGrain>(supply.Key.ToString());
        var dueThatDay = Data.Inbound.Where(i => i.Key == supply.Key && i.DaysFromToday == supply.DaysFromToday).Sum(i => i.Quantity);
        Assert.Equal(dueThatDay, await inbound.GetAvailableToPromiseAsync(supply.ExpectedOn(Today)) - await inbound.GetAvailableToPromiseAsync(supply.ExpectedOn(Today).AddDays(-1)));

        var customer = Data.Customers[0];
        var view = await cluster.Client.GetGrain<ICustomerGrain>(customer.Id.Value).GetViewAsync();
        Assert.NotNull(view.Profile);
        Assert.Equal(customer with { Addresses = [] }, view.Profile with { Addresses = [] });
        Assert.Equal(customer.Addresses, view.Profile.Addresses);

        var location = Data.Locations[^1];
        Assert.Equal(location, (await cluster.Client.GetGrain<ILocationGrain>(location.Id.Value).GetStatusAsync())?.Profile);

        var channel = Data.Channels[^1];
        var defined = await cluster.Client.GetGrain<IChannelGrain>(channel.Id.Value).GetAsync();
        Assert.NotNull(defined);
        Assert.Equal(channel with { Locations = [] }, defined with { Locations = [] });
        Assert.Equal(channel.Locations, defined.Locations);
    }

    [Fact]
    public async Task LoadAsync_Twice_ChangesNoStock()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var loader = new SampleDataLoader();
        var first = await loader.LoadAsync(cluster.Client, Data, Today, null, CancellationToken.None);
        var before = await AvailabilityAsync(cluster.Client);
        var promisedBefore = await PromisedAsync(cluster.Client);

        var second = await loader.LoadAsync(cluster.Client, Data, Today, null, CancellationToken.None);

        // Loaded again days later, the inbound supply keeps its dates: it is found already expected.
        var later = await loader.LoadAsync(cluster.Client, Data, Today.AddDays(3), null, CancellationToken.None);

        var inventoryCommands = first.StockLevels + first.SafetyStocks + first.InboundSupplies;
        Assert.Equal(0, first.InventoryUnchanged);
        Assert.Equal(first with { InventoryUnchanged = inventoryCommands }, second);
        Assert.Equal(second, later);
        Assert.Equal(before, await AvailabilityAsync(cluster.Client));
        Assert.Equal(promisedBefore, await PromisedAsync(cluster.Client));
    }

    [Fact]
    public async Task LoadAsync_Cancelled_StopsWithoutLoadingEverything()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new SampleDataLoader().LoadAsync(cluster.Client, Data, Today, null, cancelled.Token));
    }

    private static IEnumerable<SampleStockLevel> Samples() =>
        Data.Stock.Where((_, i) => i % 997 == 0)
            .Append(Data.Stock[^1])
            .Append(Data.Stock.First(s => s.OnHand == 0));

    private static async Task<List<AvailabilitySnapshot>> AvailabilityAsync(ClusterClient grains)
    {
        var snapshots = new List<AvailabilitySnapshot>();
        foreach (var level in Samples())
        {
            snapshots.Add(await grains.GetGrain<IInventoryGrain>(level.Key.ToString()).GetAvailabilityAsync());
        }

        return snapshots;
    }

    private static async Task<List<long>> PromisedAsync(ClusterClient grains)
    {
        var promised = new List<long>();
        foreach (var supply in Data.Inbound.Take(10))
        {
            var grain = grains.GetGrain<IInventoryGrain>(supply.Key.ToString());
            promised.Add(await grain.GetAvailableToPromiseAsync(supply.ExpectedOn(Today)));
            promised.Add(await grain.GetAvailableToPromiseAsync(supply.ExpectedOn(Today).AddDays(-1)));
        }

        return promised;
    }

    private sealed class QueueProgress : IProgress<string>
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public void Report(string value) => _messages.Enqueue(value);
    }
}
