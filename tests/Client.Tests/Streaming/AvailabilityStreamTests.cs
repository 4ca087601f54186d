using System.Net;
using Grid.Client.Inventory;
using Grid.Client.Tests.Testing;
using static Grid.Client.Tests.Testing.SseScript;

namespace Grid.Client.Tests.Streaming;

/// <summary>
/// The availability subscription (<see cref="InventoryClient.SubscribeAvailabilityAsync"/>) against a real Kestrel
/// endpoint that serves the stream's wire format and misbehaves on purpose.
/// </summary>
public sealed class AvailabilityStreamTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SubscribeAvailabilityAsync_ConnectionDroppedMidFrameThenEnded_ReconnectsWithLastEventIdAndYieldsEachEventOnceInOrder()
    {
        var secondRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await SseServer.StartAsync(
            SendThenDrop(
                secondRead.Task,
                Frame("1-1", "a", 10),
                ": heartbeat\n\n",
                // The unfinished frame goes in the same write as the event the client must read before the drop.
                Frame("1-2", "b", 20, kind: "snapshot") + "id: 1-3\nevent: availability\ndata: {\"id\":\"1-3\",\"kind\""),
            Send(
                ": heartbeat\r\n\r\n",
                Frame("1-2", "b", 20, kind: "snapshot"),
                "retry: 0\r\nfoo: ignored\r\n",
                "id: 1-3\r\nevent: availability\r\ndata: " + Json("1-3", "a", 9).Replace(",\"sku\"", ",\r\ndata: \"sku\"", StringComparison.Ordinal) + "\r\n\r\n",
                "id: 1-x\nevent: other\ndata: {}\n\n",
                "id:1-4\nevent:availability\ndata:" + Json("1-4", "b", 19) + "\n\n"),
            SendThenHold(Frame("1-5", "a", 8)));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource(Patience);

        var updates = new List<AvailabilityUpdate>();
        await foreach (var update in client.Inventory.SubscribeAvailabilityAsync(["a", "b"], cancellationToken: cancel.Token))
        {
            updates.Add(update);
            if (updates.Count == 2)
            {
                secondRead.SetResult();
            }

            if (updates.Count == 5)
            {
                break;
            }
        }

        Assert.Equal(["1-1", "1-2", "1-3", "1-4", "1-5"], updates.Select(u => u.Id));
        Assert.Equal([10L, 20, 9, 19, 8], updates.Select(u => u.Available));
        Assert.Equal(["a", "b", "a", "b", "a"], updates.Select(u => u.Sku));
        Assert.Equal(AvailabilityUpdateKind.Snapshot, updates[1].Kind);
        Assert.Equal(new AvailabilityUpdate("1-3", AvailabilityUpdateKind.Change, "a", "s1", 9, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)), updates[2]);
        Assert.Equal([null, "1-2", "1-4"], server.Requests.Select(r => r.LastEventId));
        Assert.All(server.Requests, r => Assert.Equal("a,b", r.Skus));
        Assert.All(server.Requests, r => Assert.Equal("Bearer grid_test", r.Authorization));
        Assert.All(server.Requests, r => Assert.Equal("text/event-stream", r.Accept));
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_LastEventIdGiven_SentOnTheFirstConnection()
    {
        await using var server = await SseServer.StartAsync(SendThenHold(Frame("4-8", "a", 1)));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource(Patience);

        await using var updates = client.Inventory.SubscribeAvailabilityAsync(lastEventId: "4-7", cancellationToken: cancel.Token).GetAsyncEnumerator();
        Assert.True(await updates.MoveNextAsync());

        var request = Assert.Single(server.Requests);
        Assert.Equal("4-7", request.LastEventId);
        Assert.Null(request.Skus);
        Assert.Equal("4-8", updates.Current.Id);
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_ServerEnds_WaitsTheRetryFieldOnTheClockBeforeReconnecting()
    {
        var time = new ObservedTimeProvider();
        await using var server = await SseServer.StartAsync(Send("retry: 5000\n\n", Frame("1-1", "a", 3)), SendThenHold(Frame("1-2", "a", 2)));
        using var client = server.Client(o => o.StreamReconnectDelay = TimeSpan.FromSeconds(1), time);
        using var cancel = new CancellationTokenSource(Patience);
        await using var updates = client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token).GetAsyncEnumerator();
        Assert.True(await updates.MoveNextAsync());

        var second = updates.MoveNextAsync().AsTask();
        await time.WaitingForAsync(TimeSpan.FromSeconds(5)).WaitAsync(Patience);
        var connectionsWhileWaiting = server.Requests.Count;
        time.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(await second.WaitAsync(Patience));
        Assert.Equal(1, connectionsWhileWaiting);
        Assert.Equal("1-2", updates.Current.Id);
        Assert.Equal("1-1", server.Requests[1].LastEventId);
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_ReconnectsKeepFailing_WaitDoublesUpToTheCap()
    {
        var time = new ObservedTimeProvider();
        await using var server = await SseServer.StartAsync(
            Send(Frame("1-1", "a", 3)),
            Answer(503, Problem(503, "unavailable")),
            Answer(503, Problem(503, "unavailable")),
            Answer(503, Problem(503, "unavailable")),
            SendThenHold(Frame("1-2", "a", 2)));
        using var client = server.Client(o => (o.StreamReconnectDelay, o.StreamMaxReconnectDelay) = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)), time);
        using var cancel = new CancellationTokenSource(Patience);
        await using var updates = client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token).GetAsyncEnumerator();
        Assert.True(await updates.MoveNextAsync());
        var second = updates.MoveNextAsync().AsTask();

        foreach (var (seconds, count) in new[] { (1, 1), (2, 1), (3, 1), (3, 2) })
        {
            // Each wait is only ever reached after the clock moved past the one before it.
            await time.WaitingForAsync(TimeSpan.FromSeconds(seconds), count).WaitAsync(Patience);
            time.Clock.Advance(TimeSpan.FromSeconds(seconds));
        }

        Assert.True(await second.WaitAsync(Patience));
        Assert.Equal("1-2", updates.Current.Id);
        Assert.Equal(5, server.Requests.Count);
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("1-1", r.LastEventId));
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_ServerSilentPastIdleTimeout_ReconnectsAndResumes()
    {
        var time = new ObservedTimeProvider();
        await using var server = await SseServer.StartAsync(SendThenHold(Frame("1-1", "a", 3)), SendThenHold(Frame("1-2", "a", 2)));
        using var client = server.Client(o => o.StreamIdleTimeout = TimeSpan.FromSeconds(45), time);
        using var cancel = new CancellationTokenSource(Patience);
        await using var updates = client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token).GetAsyncEnumerator();
        Assert.True(await updates.MoveNextAsync());

        var second = updates.MoveNextAsync().AsTask();
        time.Clock.Advance(TimeSpan.FromSeconds(45));

        Assert.True(await second.WaitAsync(Patience));
        Assert.Equal("1-2", updates.Current.Id);
        Assert.Equal([null, "1-1"], server.Requests.Select(r => r.LastEventId));
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_ServiceUnavailableAtFirst_RetriesUntilTheStreamOpens()
    {
        await using var server = await SseServer.StartAsync(
            Answer(503, Problem(503, "unavailable"), retryAfterSeconds: 0),
            Answer(429, Problem(429, "rate_limited")),
            SendThenHold(Frame("1-1", "a", 3)));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource(Patience);
        await using var updates = client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token).GetAsyncEnumerator();

        Assert.True(await updates.MoveNextAsync());
        Assert.Equal("1-1", updates.Current.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(401, "unauthorized")]
    [InlineData(403, "forbidden")]
    [InlineData(404, "not_found")]
    public async Task SubscribeAvailabilityAsync_AnswerARetryCannotChange_ThrowsGridApiExceptionWithoutReconnecting(int status, string code)
    {
        await using var server = await SseServer.StartAsync(Answer(status, Problem(status, code)));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource(Patience);

        var thrown = await Assert.ThrowsAsync<GridApiException>(async () =>
        {
            await foreach (var update in client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token))
            {
                Assert.Fail($"No update expected, got {update}.");
            }
        });

        Assert.Equal((HttpStatusCode)status, thrown.StatusCode);
        Assert.Equal(code, thrown.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_AnsweredWithJsonNotAStream_ThrowsRatherThanReconnectingForever()
    {
        await using var server = await SseServer.StartAsync(Answer(200, """{"sku":"stream","available":0,"locations":[]}""", "application/json"));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource(Patience);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var update in client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token))
            {
                Assert.Fail($"No update expected, got {update}.");
            }
        });

        Assert.Contains("event stream", thrown.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_MalformedEvent_SkippedAndStreamGoesOn()
    {
        await using var server = await SseServer.StartAsync(SendThenHold(
            "id: 1-1\nevent: availability\ndata: {not json\n\n",
            "id: 1-2\nevent: availability\ndata: {\"id\":\"1-2\",\"kind\":\"restock\",\"sku\":\"a\",\"location\":\"s1\",\"available\":4,\"at\":\"2026-03-01T09:00:00Z\",\"extra\":true}\n\n"));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource(Patience);
        await using var updates = client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token).GetAsyncEnumerator();

        Assert.True(await updates.MoveNextAsync());
        Assert.Equal("1-2", updates.Current.Id);
        Assert.Equal(AvailabilityUpdateKind.Unknown, updates.Current.Kind);
    }

    [Fact]
    public async Task SubscribeAvailabilityAsync_CallerCancels_EnumerationEndsAndConnectionCloses()
    {
        await using var server = await SseServer.StartAsync(SendThenHold(Frame("1-1", "a", 3)));
        using var client = server.Client();
        using var cancel = new CancellationTokenSource();
        var updates = client.Inventory.SubscribeAvailabilityAsync(cancellationToken: cancel.Token).GetAsyncEnumerator();
        Assert.True(await updates.MoveNextAsync().AsTask().WaitAsync(Patience));

        var next = updates.MoveNextAsync().AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Patience));
        await updates.DisposeAsync();
        Assert.Single(server.Requests);
    }
}
