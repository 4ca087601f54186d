using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Grid.Api.Streams;
using Microsoft.Extensions.Time.Testing;
using static Grid.Api.Tests.Streams.FeedFixtures;

namespace Grid.Api.Tests.Streams;

/// <summary>The SSE push writer over a pipe whose reader the test controls: a slow client is one that does not read.</summary>
public sealed class EventStreamWriterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task Offer_WhileTheClientIsNotReading_ConflatesAndSendsOnlyTheNewestOnceItReads()
    {
        var delivered = 0;
        var (feed, subscription, pipe, writer) = Open(count => Interlocked.Add(ref delivered, count));
        writer.Start();

        // The first frame fills the pipe past its pause threshold: the flush waits for the client.
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start)]);
        feed.Apply([Changed("sku-1", "store-1", 12, 2, Start)]);
        feed.Apply([Changed("sku-1", "store-1", 15, 3, Start)]);

        var first = await ReadFramesAsync(pipe.Reader, 1);
        var next = await ReadFramesAsync(pipe.Reader, 1);

        Assert.Contains("\"available\":8", first[0], StringComparison.Ordinal);
        Assert.Contains("\"available\":13", next[0], StringComparison.Ordinal);
        Assert.Equal(2, Volatile.Read(ref delivered));
        await writer.CloseAsync();
        subscription.Dispose();
    }

    [Fact]
    public async Task CloseAsync_ThenMoreOffers_WritesNothingMore()
    {
        var (feed, subscription, pipe, writer) = Open();
        writer.Start();
        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start)]);
        await ReadFramesAsync(pipe.Reader, 1);

        await writer.CloseAsync();
        feed.Apply([Changed("sku-1", "store-1", 4, 2, Start)]);
        await pipe.Writer.CompleteAsync();

        var rest = await pipe.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.True(rest.IsCompleted);
        Assert.Equal(0, rest.Buffer.Length);
        subscription.Dispose();
    }

    [Fact]
    public async Task Offer_ClientGone_EndsTheStreamWithoutThrowingAtThePublisher()
    {
        var (feed, subscription, pipe, writer) = Open();
        writer.Start();
        await pipe.Reader.CompleteAsync();

        feed.Apply([Changed("sku-1", "store-1", 10, 1, Start)]);
        feed.Apply([Changed("sku-1", "store-1", 9, 2, Start)]);

        await writer.Ended.WaitAsync(Patience);
        await writer.CloseAsync();
        subscription.Dispose();
    }

    private (AvailabilityFeed Feed, AvailabilitySubscription Subscription, Pipe Pipe, EventStreamWriter Writer) Open(Action<int>? delivered = null)
    {
        var feed = new AvailabilityFeed(Web(), "e1", new AvailabilityStreamOptions(), _time);
        var subscription = feed.Subscribe("e1-0");
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 64, resumeWriterThreshold: 32, useSynchronizationContext: false));
        return (feed, subscription, pipe, new EventStreamWriter(subscription, pipe.Writer, delivered ?? (static _ => { }), CancellationToken.None));
    }

    /// <summary>Reads whole frames (up to a blank line) until <paramref name="count"/> have arrived, consuming them.</summary>
    private static async Task<List<string>> ReadFramesAsync(PipeReader reader, int count)
    {
        var frames = new List<string>();
        while (frames.Count < count)
        {
            var read = await reader.ReadAsync().AsTask().WaitAsync(Patience);
            var text = Encoding.UTF8.GetString(read.Buffer.ToArray());
            var end = text.IndexOf("\n\n", StringComparison.Ordinal);
            if (end < 0)
            {
                Assert.False(read.IsCompleted, "The stream ended before a whole frame.");
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                continue;
            }

            frames.Add(text[..(end + 2)]);
            reader.AdvanceTo(read.Buffer.GetPosition(Encoding.UTF8.GetByteCount(text[..(end + 2)])));
        }

        return frames;
    }
}
