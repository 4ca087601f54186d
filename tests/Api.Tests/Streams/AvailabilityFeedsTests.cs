using Grid.Api.Streams;
using Grid.Grains.Ids;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

public sealed class AvailabilityFeedsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly ChannelId WebId = ChannelId.Parse("web");
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan QuietStep = Interval / 4;

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
    public async Task Dispatcher_ChangeSoonAfterAPublication_IsHeldOnlyUntilAQuietStepPasses()
    {
        await using var harness = await FeedsHarness.StartAsync(Interval);
        await harness.DefineAsync(Web());
        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);

        // After a quiet spell a change goes out at once: the fake clock has not moved.
        await harness.StockAsync("sku-1", "store-1", 10);
        var first = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        var sequence = feed.Sequence;

        // One right after it is held for a quiet step (the dispatcher waits on the clock, nothing is published)...
        await harness.StockAsync("sku-1", "store-1", 12);
        await harness.Time.WaitingForAsync(QuietStep).WaitAsync(Patience);
        Assert.Equal(sequence, feed.Sequence);

        // ...and goes out when the step passes with nothing new, well before the interval ends.
        harness.Time.Clock.Advance(QuietStep);
        var next = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(("sku-1", "store-1", 8L), first.Value());
        Assert.Equal(("sku-1", "store-1", 10L), next.Value());
    }

    [Fact]
    public async Task Dispatcher_ChangesThatKeepComing_AreHeldToTheIntervalsEndAndGoOutAsTheNewestOnly()
    {
        await using var harness = await FeedsHarness.StartAsync(Interval);
        await harness.DefineAsync(Web());
        var feed = await harness.Feeds.GetAsync(WebId, CancellationToken.None);
        using var subscription = feed!.Subscribe(null);
        await harness.StockAsync("sku-1", "store-1", 10);
        await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        var sequence = feed.Sequence;

        // A new change in every quiet step: the hold lasts the whole interval, four steps, and nothing goes out meanwhile.
        await harness.StockAsync("sku-1", "store-1", 11);
        for (var step = 1; step <= 3; step++)
        {
            await harness.Time.WaitingForAsync(QuietStep, step).WaitAsync(Patience);
            Assert.Equal(sequence, feed.Sequence);
            await harness.StockAsync("sku-1", "store-1", 11 + step);
            harness.Time.Clock.Advance(QuietStep);
        }

        await harness.Time.WaitingForAsync(QuietStep, 4).WaitAsync(Patience);
        Assert.Equal(sequence, feed.Sequence);
        Assert.False(subscription.Reader.TryRead(out _));
        harness.Time.Clock.Advance(QuietStep);
        var next = await subscription.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(("sku-1", "store-1", 12L), next.Value());
        Assert.Equal(sequence + 1, feed.Sequence);
        Assert.False(subscription.Reader.TryRead(out _));
    }
}
