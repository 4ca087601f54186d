using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Grid.Api.Streams;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Api.Tests.Streams;

public sealed partial class AvailabilityStreamEndpointsTests
{
    private static readonly TimeSpan Patience = StreamsServer.Patience;

    [Fact]
    public async Task Stream_ReservationMadeThroughTheGrains_ArrivesAsAChangeEvent()
    {
        await using var server = await StreamsServer.StartAsync();
        await server.StockAsync("sku-1", "store-1", 10);
        using var http = server.CreateClient();
        using var stream = await SseClient.OpenAsync(http);

        var (_, snapshot) = await stream.ReadEventAsync();
        await server.ReserveAsync("sku-1", "store-1", 3, "res-1");
        var (frame, change) = await stream.ReadEventAsync();

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.True(stream.Response.Headers.CacheControl?.NoCache);
        Assert.Equal((AvailabilityEvent.Snapshot, 9L), (snapshot.Kind, snapshot.Available));
        Assert.Equal((AvailabilityEvent.Change, "sku-1", "store-1", 6L), (change.Kind, change.Sku, change.Location, change.Available));
        Assert.Equal("availability", frame.Event);
        Assert.Equal(change.Id, frame.Id);
        Assert.Contains("\"available\":6", frame.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_ReconnectWithLastEventId_GetsExactlyTheMissedChangesEndingOnTheCurrentValues()
    {
        await using var server = await StreamsServer.StartAsync();
        await server.StockAsync("sku-1", "store-1", 10);
        using var http = server.CreateClient();
        using var witness = await SseClient.OpenAsync(http);
        await witness.ReadEventAsync();
        string lastSeen;
        using (var dropped = await SseClient.OpenAsync(http))
        {
            await dropped.ReadEventAsync();
            await server.ReserveAsync("sku-1", "store-1", 3, "res-1");
            lastSeen = (await dropped.ReadEventAsync()).Event.Id;
        }

        await server.ReserveAsync("sku-1", "store-1", 2, "res-2");
        await server.StockAsync("sku-2", "store-2", 4);
        await server.ReserveAsync("sku-1", "store-1", 1, "res-3");
        await ReadUntilAsync(witness, ("sku-1", "store-1", 3L), ("sku-2", "store-2", 3L));
        using var resumed = await SseClient.OpenAsync(http, lastEventId: lastSeen);
        var missed = new[] { (await resumed.ReadEventAsync()).Event, (await resumed.ReadEventAsync()).Event };
        await server.ReserveAsync("sku-2", "store-2", 1, "res-4");
        var next = (await resumed.ReadEventAsync()).Event;

        // Which of the two comes first depends on how the changes were batched; both must come, once, at their latest.
        Assert.Equal([("sku-1", "store-1", 3L), ("sku-2", "store-2", 3L)], missed.Select(e => e.Value()).Order());
        Assert.All(missed, e => Assert.Equal(AvailabilityEvent.Change, e.Kind));
        Assert.Equal(("sku-2", "store-2", 2L), next.Value());
    }

    [Fact]
    public async Task Stream_IdleForTheHeartbeatInterval_SendsAKeepAliveComment()
    {
        await using var server = await StreamsServer.StartAsync();
        using var http = server.CreateClient();
        using var stream = await SseClient.OpenAsync(http);

        server.Time.Advance(AvailabilityStreamOptions.DefaultHeartbeatInterval);
        var frame = await stream.ReadFrameAsync();

        Assert.Equal("keep-alive", frame?.Comment);
        Assert.Null(frame?.Data);
    }

    [Fact]
    public async Task WebSocket_SkuFilter_ReceivesTheSnapshotAndChangesOfThatSkuOnly()
    {
        await using var server = await StreamsServer.StartAsync();
        await server.StockAsync("sku-1", "store-1", 10);
        await server.StockAsync("sku-2", "store-1", 10);
        using var socket = await server.ConnectWebSocketAsync("/v1/availability/ws?sku=sku-1");

        var snapshot = await ReceiveAsync(socket);
        await server.ReserveAsync("sku-2", "store-1", 1, "res-1");
        await server.ReserveAsync("sku-1", "store-1", 2, "res-2");
        var change = await ReceiveAsync(socket);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(Patience);

        Assert.Equal((AvailabilityEvent.Snapshot, "sku-1", 9L), (snapshot.Kind, snapshot.Sku, snapshot.Available));
        Assert.Equal((AvailabilityEvent.Change, "sku-1", 7L), (change.Kind, change.Sku, change.Available));
        Assert.Equal(WebSocketState.Closed, socket.State);
    }

    [Fact]
    public async Task WebSocket_ReconnectWithLastEventIdQuery_ResumesWithTheMissedChange()
    {
        await using var server = await StreamsServer.StartAsync();
        await server.StockAsync("sku-1", "store-1", 10);
        string lastSeen;
        using (var first = await server.ConnectWebSocketAsync("/v1/availability/ws"))
        {
            lastSeen = (await ReceiveAsync(first)).Id;
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).WaitAsync(Patience);
        }

        await server.ReserveAsync("sku-1", "store-1", 4, "res-1");
        using var resumed = await server.ConnectWebSocketAsync($"/v1/availability/ws?lastEventId={lastSeen}");
        var missed = await ReceiveAsync(resumed);

        Assert.Equal((AvailabilityEvent.Change, "sku-1", 5L), (missed.Kind, missed.Sku, missed.Available));
    }

    [Fact]
    public async Task Metrics_StreamOpen_ReportSubscribersDeliveredEventsAndLagForTheChannel()
    {
        await using var server = await StreamsServer.StartAsync();
        await server.StockAsync("sku-1", "store-1", 10);
        var meters = server.App.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Meter.Name == "Grid.Api")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var channel = tags.ToArray().Single(t => t.Key == "channel").Value;
            measured.AddOrUpdate($"{instrument.Name}/{channel}", value, (_, sum) => instrument.IsObservable ? value : sum + value);
        });
        listener.Start();
        using var http = server.CreateClient();
        using var stream = await SseClient.OpenAsync(http);

        await stream.ReadEventAsync();
        listener.RecordObservableInstruments();

        Assert.Equal(1, measured["grid.api.availability.subscribers/web"]);
        Assert.Equal(1, measured["grid.api.availability.delivered/web"]);
        Assert.Equal(0, measured["grid.api.availability.max_lag/web"]);
    }

    [Fact]
    public async Task StopAsync_OpenStreams_EndTheEventStreamAndCloseTheWebSocketPolitely()
    {
        await using var server = await StreamsServer.StartAsync();
        using var http = server.CreateClient();
        using var stream = await SseClient.OpenAsync(http);
        using var socket = await server.ConnectWebSocketAsync("/v1/availability/ws");

        var stopping = server.App.StopAsync();
        var buffer = new byte[1024];
        var close = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Patience);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(Patience);
        var end = await stream.ReadFrameAsync();
        await stopping.WaitAsync(Patience);

        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        Assert.Null(end);
    }

    private static async Task ReadUntilAsync(SseClient stream, params (string Sku, string Location, long Available)[] finals)
    {
        var latest = new Dictionary<(string, string), long>();
        while (!finals.All(f => latest.TryGetValue((f.Sku, f.Location), out var available) && available == f.Available))
        {
            var availability = (await stream.ReadEventAsync()).Event;
            latest[(availability.Sku, availability.Location)] = availability.Available;
        }
    }

    private static async Task<AvailabilityEvent> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).AsTask().WaitAsync(Patience);
            Assert.Equal(WebSocketMessageType.Text, received.MessageType);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonSerializer.Deserialize<AvailabilityEvent>(Encoding.UTF8.GetString(message.ToArray()), JsonSerializerOptions.Web)!;
    }
}
