using Grid.Api.Streams;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

public sealed partial class AvailabilityFeedTests
{
    [Fact]
    public void Subscribe_ResumeWithinRetention_GetsExactlyTheMissedChanges()
    {
        var feed = NewFeed();
        var first = feed.Subscribe(null);
        feed.Apply([.. Enumerable.Range(1, 5).Select(i => Changed($"sku-{i}", "store-1", 10 + i, 1, Start))]);
        var seen = first.Drain().Take(2).ToList();
        first.Dispose();
        feed.Apply([Changed("sku-1", "store-2", 20, 1, Start), Changed("sku-4", "store-1", 30, 2, Start)]);

        using var resumed = feed.Subscribe(seen[^1].Id);
        var missed = resumed.Drain();

        Assert.True(resumed.Resumed);
        Assert.Equal("e1-2", seen[^1].Id);
        Assert.Equal(
            [("sku-3", "store-1", 11L), ("sku-4", "store-1", 28L), ("sku-5", "store-1", 13L), ("sku-1", "store-2", 18L)],
            missed.Select(e => e.Value()));
        Assert.All(missed, e => Assert.Equal(AvailabilityEvent.Change, e.Kind));
        Assert.Equal("e1-7", missed[^1].Id);
    }

    [Fact]
    public void Subscribe_ResumeFromAnIdInTheMiddleOfASnapshot_GetsTheRestOfTheValuesOnce()
    {
        var feed = NewFeed();
        feed.Apply([.. Enumerable.Range(1, 6).Select(i => Changed($"sku-{i}", "store-1", 10 + i, 1, Start))]);
        var first = feed.Subscribe(null);
        var seen = new List<AvailabilityEvent>();
        for (var i = 0; i < 2 && first.Reader.TryRead(out var availability); i++)
        {
            seen.Add(availability);
        }

        first.Dispose();
        using var resumed = feed.Subscribe(seen[^1].Id);
        var rest = resumed.Drain();

        Assert.True(resumed.Resumed);
        Assert.Equal(
            Enumerable.Range(1, 6).Select(i => $"sku-{i}"),
            seen.Concat(rest).Select(e => e.Sku).Order());
    }

    [Fact]
    public void Subscribe_ResumeBeyondRetentionCount_GetsASnapshot()
    {
        var feed = NewFeed(new AvailabilityStreamOptions { RetentionCount = 3 });
        feed.Apply([.. Enumerable.Range(1, 5).Select(i => Changed($"sku-{i}", "store-1", 10 + i, 1, Start))]);

        using var tooOld = feed.Subscribe("e1-1");
        using var oldestKept = feed.Subscribe("e1-2");

        Assert.False(tooOld.Resumed);
        var snapshot = tooOld.Drain();
        Assert.Equal(5, snapshot.Count);
        Assert.All(snapshot, e => Assert.Equal(AvailabilityEvent.Snapshot, e.Kind));
        Assert.True(oldestKept.Resumed);
        Assert.Equal(["sku-3", "sku-4", "sku-5"], oldestKept.Drain().Select(e => e.Sku));
    }

    [Fact]
    public void Subscribe_ResumeBeyondRetentionAge_GetsASnapshot()
    {
        var feed = NewFeed(new AvailabilityStreamOptions { RetentionAge = TimeSpan.FromMinutes(10) });
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start), Changed("sku-2", "store-1", 10, 1, Start)]);
        _time.Advance(TimeSpan.FromMinutes(9));
        using var recent = feed.Subscribe("e1-1");
        _time.Advance(TimeSpan.FromMinutes(2));
        feed.Apply([Changed("sku-3", "store-1", 10, 1, _time.GetUtcNow())]);

        using var expired = feed.Subscribe("e1-1");

        Assert.True(recent.Resumed);
        Assert.False(expired.Resumed);
        Assert.Equal(["sku-1", "sku-2", "sku-3"], expired.Drain().Select(e => e.Sku).Order());
    }

    [Theory]
    [InlineData("other-1")]
    [InlineData("e1-99")]
    [InlineData("e1-")]
    [InlineData("-1")]
    [InlineData("e1-x")]
    [InlineData("garbage")]
    public void Subscribe_ForeignAheadOrMalformedId_GetsASnapshot(string lastEventId)
    {
        var feed = NewFeed();
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start), Changed("sku-2", "store-1", 10, 1, Start)]);

        using var subscription = feed.Subscribe(lastEventId);

        Assert.False(subscription.Resumed);
        Assert.Equal([AvailabilityEvent.Snapshot, AvailabilityEvent.Snapshot], subscription.Drain().Select(e => e.Kind));
    }
}
