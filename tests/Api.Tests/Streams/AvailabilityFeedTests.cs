using Grid.Api.Streams;
using Grid.Grains.Ids;
using Grid.Grains.Sourcing;
using Microsoft.Extensions.Time.Testing;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

public sealed partial class AvailabilityFeedTests
{
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void Apply_ChangesAtSeveralLocations_EmitsAvailableLessSafetyStockOnlyForTheChannelsLocations()
    {
        var feed = NewFeed();
        using var subscription = feed.Subscribe(null);

        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start), Changed("sku-1", "store-9", 50, 1, Start), Changed("sku-2", "store-2", 1, 1, Start)]);

        var events = subscription.Drain();
        Assert.Equal([("sku-1", "store-1", 8L), ("sku-2", "store-2", 0L)], events.Select(e => e.Value()));
        Assert.All(events, e => Assert.Equal(AvailabilityEvent.Change, e.Kind));
        Assert.Equal(2, feed.Sequence);
        Assert.Equal(2, feed.Count);
    }

    [Fact]
    public void Apply_ShapedValueUnchangedOrOlderSequence_EmitsNothing()
    {
        var feed = NewFeed();
        using var subscription = feed.Subscribe(null);

        feed.Apply([Changed("sku-1", "store-1", 1, 1, Start)]);
        var first = subscription.Drain();
        feed.Apply([Changed("sku-1", "store-1", 2, 2, Start), Changed("sku-1", "store-1", 0, 3, Start)]);
        feed.Apply([Changed("sku-1", "store-1", 50, 2, Start)]);
        var unchanged = subscription.Drain();
        feed.Apply([Changed("sku-1", "store-1", 3, 4, Start)]);

        Assert.Equal([0L], first.Select(e => e.Available));
        Assert.Empty(unchanged);
        Assert.Equal([1L], subscription.Drain().Select(e => e.Available));
        Assert.Equal(2, feed.Sequence);
    }

    [Fact]
    public void Subscribe_WithoutLastEventId_SendsEveryCurrentValueAsSnapshotThenChanges()
    {
        var index = new AvailabilityIndex(_time);
        index.Apply([Changed("sku-1", "store-1", 10, 4, Start), Changed("sku-2", "store-2", 5, 2, Start), Changed("sku-3", "store-9", 7, 1, Start)]);
        var feed = NewFeed();
        feed.Reconcile(Web(), index.EnumerateKnown());

        using var subscription = feed.Subscribe(null);
        var snapshot = subscription.Drain();
        feed.Apply([Changed("sku-1", "store-1", 9, 5, Start), Changed("sku-1", "store-1", 9, 4, Start)]);
        var live = subscription.Drain();

        Assert.False(subscription.Resumed);
        Assert.Equal([("sku-1", "store-1", 8L), ("sku-2", "store-2", 3L)], snapshot.Select(e => e.Value()).Order());
        Assert.All(snapshot, e => Assert.Equal(AvailabilityEvent.Snapshot, e.Kind));
        Assert.Equal([("sku-1", "store-1", 7L)], live.Select(e => e.Value()));
        Assert.Equal(AvailabilityEvent.Change, live[0].Kind);
        Assert.Equal("e1-3", live[0].Id);
    }

    [Fact]
    public void Apply_TenThousandChangesToTenSkusWhileASubscriberDoesNotRead_HoldsTenPendingAndEndsOnTheFinalValues()
    {
        var feed = NewFeed(new AvailabilityStreamOptions { RetentionCount = 1_000 });
        using var subscription = feed.Subscribe(null);
        var maxPending = 0;

        for (var round = 1; round <= 1_000; round++)
        {
            feed.Apply([.. Enumerable.Range(0, 10).Select(sku => Changed($"sku-{sku}", "store-1", 2 + round + sku, round, Start))]);
            maxPending = Math.Max(maxPending, subscription.Reader.Count);
        }

        var delivered = subscription.Drain();
        using var late = feed.Subscribe(null);
        var snapshot = late.Drain();

        Assert.Equal(10_000, feed.Sequence);
        Assert.True(maxPending <= 10, $"{maxPending} values were pending.");
        var expected = Enumerable.Range(0, 10).Select(sku => ($"sku-{sku}", "store-1", 1_000L + sku)).ToList();
        Assert.Equal(expected, delivered.Select(e => e.Value()));
        Assert.Equal(expected, snapshot.Select(e => e.Value()));
        Assert.Equal(0, subscription.Lag);
    }

    [Fact]
    public void Reconcile_SafetyStockRaisedAndLocationDropped_ReshapesAndZeroesTheDroppedLocation()
    {
        var feed = NewFeed();
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start), Changed("sku-1", "store-2", 10, 1, Start), Changed("sku-2", "store-1", 1, 1, Start)]);
        using var subscription = feed.Subscribe(null);
        subscription.Drain();

        feed.Reconcile(Web(5, "store-1"), []);
        var changes = subscription.Drain();
        using var fresh = feed.Subscribe(null);

        Assert.Equal([("sku-1", "store-1", 5L), ("sku-1", "store-2", 0L)], changes.Select(e => e.Value()));
        Assert.Equal([("sku-1", "store-1", 5L), ("sku-1", "store-2", 0L), ("sku-2", "store-1", 0L)], fresh.Drain().Select(e => e.Value()).Order());
        feed.Apply([Changed("sku-1", "store-2", 20, 2, Start)]);
        Assert.Empty(subscription.Drain());
    }

    [Fact]
    public void Lag_SubscriberBehind_IsTheChangesNotYetDelivered()
    {
        var feed = NewFeed();
        using var subscription = feed.Subscribe(null);
        feed.Apply([.. Enumerable.Range(1, 4).Select(i => Changed($"sku-{i}", "store-1", 10, 1, Start))]);

        Assert.Equal(4, subscription.Lag);
        Assert.Equal(4, feed.MaxLag);
        subscription.Reader.TryRead(out _);
        Assert.Equal(3, subscription.Lag);
        subscription.Drain();
        Assert.Equal(0, feed.MaxLag);
    }

    [Fact]
    public async Task Dispose_Subscription_LeavesTheFeedAndCompletesTheReader()
    {
        var feed = NewFeed();
        var subscription = feed.Subscribe(null);
        var other = feed.Subscribe(null);

        subscription.Dispose();

        Assert.Equal(1, feed.SubscriberCount);
        Assert.False(await subscription.Reader.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        other.Dispose();
        Assert.Equal(0, feed.SubscriberCount);
    }

    [Fact]
    public async Task WaitToReadAsync_ChangeArrives_Wakes()
    {
        var feed = NewFeed();
        using var subscription = feed.Subscribe(null);
        Assert.Empty(subscription.Drain());
        var waiting = subscription.Reader.WaitToReadAsync().AsTask();
        Assert.False(waiting.IsCompleted);

        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start)]);

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(8, (await subscription.Reader.ReadAsync()).Available);
    }

    [Fact]
    public void Subscribe_SkuFilter_DeliversOnlyThoseSkus()
    {
        var feed = NewFeed();
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start), Changed("sku-2", "store-1", 10, 1, Start)]);
        using var subscription = feed.Subscribe(null, new HashSet<SkuId> { SkuId.Parse("sku-2") });

        var snapshot = subscription.Drain();
        feed.Apply([Changed("sku-1", "store-1", 20, 2, Start), Changed("sku-2", "store-2", 20, 1, Start)]);

        Assert.Equal(["sku-2"], snapshot.Select(e => e.Sku));
        Assert.Equal([("sku-2", "store-2", 18L)], subscription.Drain().Select(e => e.Value()));
        Assert.Equal(0, subscription.Lag);
    }

    private AvailabilityFeed NewFeed(AvailabilityStreamOptions? options = null) => new(Web(), "e1", options ?? new AvailabilityStreamOptions(), _time);
}
