using System.Text;
using System.Text.Json;
using Grid.Api.Streams;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

public sealed partial class AvailabilityFeedTests
{
    [Fact]
    public void TryReadEncoded_SubscribersAtTheSamePosition_ShareOneEncodingOfTheEvent()
    {
        var feed = NewFeed();
        using var first = feed.Subscribe(null);
        using var second = feed.Subscribe(null);

        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start)]);

        Assert.True(first.TryReadEncoded(out var a));
        Assert.True(second.TryReadEncoded(out var b));
        Assert.Same(a, b);
        Assert.Equal(new AvailabilityEvent("e1-1", AvailabilityEvent.Change, "sku-1", "store-1", 8, Start), a.Event);
    }

    [Fact]
    public void TryReadEncoded_SubscribersAtDifferentPositions_EachGetTheirOwnResumePoint()
    {
        var feed = NewFeed();
        using var behind = feed.Subscribe(null);
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start)]);
        feed.Apply([Changed("sku-2", "store-1", 10, 1, Start)]);
        using var current = feed.Subscribe("e1-1");

        // The subscriber behind still owes sku-2's change, so its id for sku-1 may only say "up to 1".
        Assert.True(behind.TryReadEncoded(out var older));
        Assert.True(behind.TryReadEncoded(out var sku2ForBehind));
        Assert.True(current.TryReadEncoded(out var sku2ForCurrent));
        Assert.Equal("e1-1", older.Event.Id);
        Assert.Same(sku2ForBehind, sku2ForCurrent);
        Assert.Equal("e1-2", sku2ForCurrent.Event.Id);
    }

    [Fact]
    public void EncodedAvailability_Frame_IsOneServerSentEventWhoseDataIsTheJsonMessage()
    {
        var availability = new AvailabilityEvent("e1-7", AvailabilityEvent.Snapshot, "sku-1", "store-1", 3, Start);

        var encoded = new EncodedAvailability(availability, 7, 7);

        var json = Encoding.UTF8.GetString(encoded.Json.Span);
        Assert.Equal($"id: e1-7\nevent: availability\ndata: {json}\n\n", Encoding.UTF8.GetString(encoded.Frame.Span));
        Assert.DoesNotContain('\n', json);
        Assert.Equal(availability, JsonSerializer.Deserialize(encoded.Json.Span, AvailabilityJsonContext.Default.AvailabilityEvent));
        Assert.Contains("\"available\":3", json, StringComparison.Ordinal);
    }
}
