using Grid.Api.Streams;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

public sealed partial class AvailabilityFeedTests
{
    [Fact]
    public void Apply_MoreSkuLocationsPendingThanTheLimit_PagesInsteadAndDeliversEachOnceWithItsFinalValue()
    {
        var feed = NewFeed(new AvailabilityStreamOptions { MaxPendingPerSubscriber = 16 });
        using var subscription = feed.Subscribe(null);
        Assert.Empty(subscription.Drain());
        var maxPending = 0;

        for (var round = 1; round <= 3; round++)
        {
            feed.Apply([.. Enumerable.Range(0, 100).Select(sku => Changed($"sku-{sku}", "store-1", 10 + (round * 100) + sku, round, Start))]);
            maxPending = Math.Max(maxPending, subscription.Reader.Count);
        }

        var delivered = subscription.Drain();

        Assert.True(maxPending <= 16, $"{maxPending} values were held.");
        Assert.Equal(
            Enumerable.Range(0, 100).Select(sku => ($"sku-{sku}", "store-1", 308L + sku)).Order(),
            delivered.Select(e => e.Value()).Order());
        Assert.All(delivered, e => Assert.Equal(AvailabilityEvent.Change, e.Kind));
        var ids = delivered.Select(e => FeedEventIdSequence(e.Id)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(0, subscription.Lag);
    }

    [Fact]
    public void Subscribe_ResumeFromAnIdDeliveredWhilePaging_GetsTheRestOnce()
    {
        var feed = NewFeed(new AvailabilityStreamOptions { MaxPendingPerSubscriber = 16 });
        var first = feed.Subscribe(null);
        first.Drain();
        feed.Apply([.. Enumerable.Range(0, 100).Select(sku => Changed($"sku-{sku}", "store-1", 10, 1, Start))]);
        var seen = new List<AvailabilityEvent>();
        for (var i = 0; i < 30 && first.Reader.TryRead(out var availability); i++)
        {
            seen.Add(availability);
        }

        first.Dispose();
        using var resumed = feed.Subscribe(seen[^1].Id);
        var rest = resumed.Drain();

        Assert.True(resumed.Resumed);
        Assert.Equal(Enumerable.Range(0, 100).Select(sku => $"sku-{sku}").Order(), seen.Concat(rest).Select(e => e.Sku).Order());
    }

    [Fact]
    public void Reconcile_LocationLeavesAndComesBack_SendsZeroThenItsCurrentValue()
    {
        var feed = NewFeed();
        feed.Apply([Changed("sku-1", "store-2", 10, 1, Start)]);
        using var subscription = feed.Subscribe(null);
        subscription.Drain();

        feed.Reconcile(Web(2, "store-1"), []);
        var left = subscription.Drain();
        feed.Apply([Changed("sku-1", "store-2", 6, 2, Start)]);
        var ignored = subscription.Drain();
        feed.Reconcile(Web(2, "store-1", "store-2"), [(Key("sku-1", "store-2"), 6, 2)]);

        Assert.Equal([0L], left.Select(e => e.Available));
        Assert.Empty(ignored);
        Assert.Equal([("sku-1", "store-2", 4L)], subscription.Drain().Select(e => e.Value()));
    }

    private static long FeedEventIdSequence(string id) => long.Parse(id[(id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
