using Grid.Api.Streams;
using Grid.Grains.Ids;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

public sealed class AvailabilityFeedsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly ChannelId WebId = ChannelId.Parse("web");

    [Fact]
    public async Task GetAsync_UndefinedChannel_ReturnsNullUntilTheChannelIsDefined()
    {
        await using var harness = await FeedsHarness.StartAsync();

        var before = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        await harness.DefineAsync(Web());
        var after = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        var again = await harness.Feeds.GetAsync(WebId, CancellationToken.None);

        Assert.Null(before);
        Assert.NotNull(after);
        Assert.Same(after, again);
        Assert.Equal([after], harness.Feeds.Live);
    }

    [Fact]
    public async Task GetAsync_ManyCallersAtOnce_CreateOneFeed()
    {
        await using var harness = await FeedsHarness.StartAsync();
        await harness.DefineAsync(Web());

        var feeds = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => harness.Feeds.GetAsync(WebId, CancellationToken.None))));

        Assert.Single(feeds.Distinct());
        Assert.Single(harness.Feeds.Live);
    }

    [Fact]
    public async Task GetAsync_StockSetBeforeTheFeedExists_SeedsItFromTheSilosIndex()
    {
        await using var harness = await FeedsHarness.StartAsync();
        await harness.DefineAsync(Web());
        await harness.StockAsync("sku-1", "store-1", 10);
        await harness.StockAsync("sku-1", "store-9", 10);

        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);

        Assert.Equal([("sku-1", "store-1", 8L)], subscription.Drain().Select(e => e.Value()));
    }

    [Fact]
    public async Task Dispatcher_StockChangedAtAChannelLocation_ReachesTheFeedsSubscribers()
    {
        await using var harness = await FeedsHarness.StartAsync();
        await harness.DefineAsync(Web());
        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);

        await harness.StockAsync("sku-1", "store-9", 4);
        await harness.StockAsync("sku-1", "store-2", 7);

        var availability = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(("sku-1", "store-2", 5L), availability.Value());
        Assert.Equal(AvailabilityEvent.Change, availability.Kind);
    }

    [Fact]
    public async Task Invalidate_ChannelRedefinedWithMoreSafetyStock_ReshapesTheLiveValues()
    {
        await using var harness = await FeedsHarness.StartAsync();
        await harness.DefineAsync(Web());
        await harness.StockAsync("sku-1", "store-1", 10);
        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);
        subscription.Drain();

        await harness.DefineAsync(Web(safetyStock: 6));
        harness.Feeds.Invalidate(WebId);

        var availability = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(("sku-1", "store-1", 4L), availability.Value());
    }

    [Fact]
    public async Task ProfileRefresh_IntervalPasses_AppliesARedefinitionNobodyAnnounced()
    {
        await using var harness = await FeedsHarness.StartAsync();
        await harness.DefineAsync(Web());
        await harness.StockAsync("sku-1", "store-1", 10);
        await harness.StockAsync("sku-1", "store-3", 10);
        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);
        subscription.Drain();

        await harness.DefineAsync(Web(2, "store-1", "store-3"));
        harness.Cluster.TimeProvider.Advance(AvailabilityStreamOptions.DefaultProfileRefreshInterval);

        var availability = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(("sku-1", "store-3", 8L), availability.Value());
    }

    [Fact]
    public async Task Dispatcher_ChangesWithinThePublishInterval_WaitForItsEndAndGoOutAsTheNewestOnly()
    {
        var interval = TimeSpan.FromMilliseconds(20);
        await using var harness = await FeedsHarness.StartAsync(interval);
        await harness.DefineAsync(Web());
        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);

        // After a quiet spell a change goes out at once: the fake clock has not moved.
        await harness.StockAsync("sku-1", "store-1", 10);
        var first = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        var sequence = feed.Sequence;

        // Two more within the interval: the dispatcher waits for the rest of it, holding them.
        await harness.StockAsync("sku-1", "store-1", 12);
        await harness.StockAsync("sku-1", "store-1", 15);
        await harness.Time.WaitingForAsync(interval).WaitAsync(Patience);
        Assert.Equal(sequence, feed.Sequence);
        Assert.False(subscription.Reader.TryRead(out _));

        harness.Time.Clock.Advance(interval);
        var next = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(("sku-1", "store-1", 8L), first.Value());
        Assert.Equal(("sku-1", "store-1", 13L), next.Value());
        Assert.Equal(sequence + 1, feed.Sequence);
    }
}
