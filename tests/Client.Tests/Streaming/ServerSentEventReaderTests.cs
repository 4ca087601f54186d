using System.Text;
using Grid.Client.Streaming;

namespace Grid.Client.Tests.Streaming;

public sealed class ServerSentEventReaderTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task ReadAsync_AnyLineBreak_SameEvents(string newline)
    {
        var text = $"id: 1{newline}event: availability{newline}data: a{newline}data: b{newline}{newline}: hb{newline}id: 2{newline}data: c{newline}{newline}";

        var events = await ReadAllAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal([new ServerSentEvent("1", "availability", "a\nb"), new ServerSentEvent("2", "message", "c")], events);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkFirst_Skipped()
    {
        var events = await ReadAllAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("data: x\n\n")]);

        Assert.Equal("x", Assert.Single(events).Data);
    }

    [Fact]
    public async Task ReadAsync_StreamEndsInsideAnEvent_UnfinishedEventDiscarded()
    {
        var events = await ReadAllAsync(Encoding.UTF8.GetBytes("id: 1\ndata: a\n\nid: 2\ndata: b\n"));

        Assert.Equal(["1"], events.Select(e => e.Id));
    }

    [Fact]
    public async Task ReadAsync_MultiByteCharactersAndCrlf_DecodedWhole()
    {
        var events = await ReadAllAsync(Encoding.UTF8.GetBytes("data: Zürich café\r\n\r\n"));

        Assert.Equal("Zürich café", Assert.Single(events).Data);
    }

    [Fact]
    public async Task ReadAsync_SilentPastIdleTimeout_ThrowsTimeout()
    {
        var time = new ObservedTimeProvider();
        var pipe = new System.IO.Pipelines.Pipe();
        using var reader = new ServerSentEventReader(new HttpResponseMessage(), pipe.Reader.AsStream(), TimeSpan.FromSeconds(5), time, CancellationToken.None);
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes("data: a\n\n"));

        var first = await reader.ReadAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var second = reader.ReadAsync();
        time.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("a", first!.Data);
        await Assert.ThrowsAsync<TimeoutException>(() => second.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async Task<List<ServerSentEvent>> ReadAllAsync(byte[] bytes)
    {
        using var reader = new ServerSentEventReader(new HttpResponseMessage(), new MemoryStream(bytes), Timeout.InfiniteTimeSpan, TimeProvider.System, CancellationToken.None);
        var events = new List<ServerSentEvent>();
        while (await reader.ReadAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }
}
