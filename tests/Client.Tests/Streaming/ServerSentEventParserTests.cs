using Grid.Client.Streaming;

namespace Grid.Client.Tests.Streaming;

public sealed class ServerSentEventParserTests
{
    [Fact]
    public void ReadLine_FrameInTheStreamFormat_DispatchesAtTheBlankLine()
    {
        var parser = new ServerSentEventParser();

        var beforeBlank = new[] { "id: 7-1", "event: availability", "data: {\"sku\":\"a\"}" }.Select(l => parser.ReadLine(l)).ToList();
        var dispatched = parser.ReadLine("");

        Assert.All(beforeBlank, Assert.Null);
        Assert.Equal(new ServerSentEvent("7-1", "availability", "{\"sku\":\"a\"}"), dispatched);
    }

    [Fact]
    public void ReadLine_SeveralDataLines_JoinedByLineFeedsWithoutTheLastOne()
    {
        var events = Feed("data: {\"a\":1,", "data:\"b\":2}", "data", "");

        Assert.Equal("{\"a\":1,\n\"b\":2}\n", Assert.Single(events).Data);
    }

    [Fact]
    public void ReadLine_OnlyOneSpaceAfterTheColonIsRemoved()
    {
        var events = Feed("data:  two spaces", "");

        Assert.Equal(" two spaces", Assert.Single(events).Data);
    }

    [Fact]
    public void ReadLine_CommentsAndUnknownFields_Ignored()
    {
        var events = Feed(": heartbeat", ":", "foo: bar", "data: x", "nocolon", "");

        Assert.Equal(new ServerSentEvent(null, "message", "x"), Assert.Single(events));
    }

    [Fact]
    public void ReadLine_HeartbeatsAlone_DispatchNothing()
    {
        Assert.Empty(Feed(": ping", "", ": ping", ""));
    }

    [Fact]
    public void ReadLine_IdWithoutData_NotDispatchedButKeptForTheNextEvent()
    {
        var events = Feed("id: 1", "event: availability", "", "data: x", "");

        Assert.Equal(new ServerSentEvent("1", "message", "x"), Assert.Single(events));
    }

    [Fact]
    public void ReadLine_EventWithoutIdField_KeepsThePreviousId()
    {
        var events = Feed("id: 1", "data: a", "", "data: b", "", "id", "data: c", "");

        Assert.Equal(["1", "1", ""], events.Select(e => e.Id));
    }

    [Fact]
    public void ReadLine_IdHoldingNul_Ignored()
    {
        var events = Feed("id: 1", "data: a", "", "id: 2\0", "data: b", "");

        Assert.Equal(["1", "1"], events.Select(e => e.Id));
    }

    [Fact]
    public void ReadLine_EventTypeResetAfterEachDispatch()
    {
        var events = Feed("event: availability", "data: a", "", "data: b", "");

        Assert.Equal(["availability", "message"], events.Select(e => e.Type));
    }

    [Theory]
    [InlineData("retry: 2500", 2500)]
    [InlineData("retry:0", 0)]
    public void ReadLine_RetryOfDigits_SetsReconnectionTime(string line, int milliseconds)
    {
        var parser = new ServerSentEventParser();

        parser.ReadLine(line);

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), parser.ReconnectionTime);
    }

    [Theory]
    [InlineData("retry: 25x")]
    [InlineData("retry: -1")]
    [InlineData("retry: ")]
    [InlineData("retry: 1.5")]
    public void ReadLine_RetryNotAllDigits_Ignored(string line)
    {
        var parser = new ServerSentEventParser();
        parser.ReadLine("retry: 100");

        parser.ReadLine(line);

        Assert.Equal(TimeSpan.FromMilliseconds(100), parser.ReconnectionTime);
    }

    private static List<ServerSentEvent> Feed(params string[] lines)
    {
        var parser = new ServerSentEventParser();
        return [.. lines.Select(l => parser.ReadLine(l)).OfType<ServerSentEvent>()];
    }
}
