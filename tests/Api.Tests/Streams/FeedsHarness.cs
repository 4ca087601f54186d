using Grid.Api.Streams;
using Grid.Api.Tests.Testing;
using Grid.Grains;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Sourcing;
using Grid.Runtime;
using Grid.Runtime.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grid.Api.Tests.Streams;

/// <summary>A one-silo test cluster on a fake clock with the availability streams' services started beside it.</summary>
internal sealed class FeedsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService _dispatcher;

    private FeedsHarness(TestCluster cluster, ServiceProvider services, IHostedService dispatcher, ObservedTimeProvider time)
    {
        Cluster = cluster;
        Time = time;
        _services = services;
        _dispatcher = dispatcher;
    }

    public TestCluster Cluster { get; }

    public AvailabilityFeeds Feeds => _services.GetRequiredService<AvailabilityFeeds>();

    /// <summary>The feeds' clock: the cluster's fake one, telling when the feeds wait on it.</summary>
    public ObservedTimeProvider Time { get; }

    /// <summary>Starts the silo and the feeds; publication is not paced unless <paramref name="publishInterval"/> says so.</summary>
    public static async Task<FeedsHarness> StartAsync(TimeSpan? publishInterval = null)
    {
        var cluster = await TestCluster.StartAsync(options =>
        {
            options.SiloCount = 1;
            options.ConfigureServices = services => services.AddGridGrains();
        });
        var silo = cluster.Silos[0].Services;
        var time = new ObservedTimeProvider(cluster.TimeProvider);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IGrainFactory>(cluster.Client)
            .AddSingleton(silo.GetRequiredService<AvailabilityIndex>())
            .AddSingleton(silo.GetRequiredService<InventoryEventHub>())
            .AddAvailabilityStreams()
            .Configure<AvailabilityStreamOptions>(options => options.PublishInterval = publishInterval ?? TimeSpan.Zero)
            .BuildServiceProvider();
        var dispatcher = services.GetServices<IHostedService>().Single();
        await dispatcher.StartAsync(CancellationToken.None);
        return new FeedsHarness(cluster, services, dispatcher, time);
    }

    public async Task DefineAsync(ChannelProfile profile)
    {
        var defined = await Cluster.Client.GetGrain<IChannelGrain>(profile.Id.Value).DefineAsync(profile);
        Assert.True(defined.Accepted, defined.Detail);
    }

    public async Task StockAsync(string sku, string location, long units)
    {
        var set = await Cluster.Client.GetGrain<IInventoryGrain>($"{sku}@{location}")
            .SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse($"stock:{sku}:{location}:{units}"), units, "test stock"));
        Assert.True(set.Accepted, set.Error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _dispatcher.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
