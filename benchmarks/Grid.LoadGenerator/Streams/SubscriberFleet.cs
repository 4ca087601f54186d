using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// The availability-stream subscribers held open through the sale: opened before it (one probe first, so a build
/// without the stream says so once and the sale goes on without them), the silo's heap per 1,000 of them, and at the
/// end how many ended on the grain's final availability and how long events took from durable to received.
/// </summary>
internal sealed class SubscriberFleet : IDisposable
{
    private const int ConnectBatch = 50;
    private const int ClientSample = 1_000;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxSettle = TimeSpan.FromSeconds(60);

    /// <summary>Closed sockets leave the runtime's socket engine a moment later: a heap read sooner still counts them.</summary>
    private static readonly TimeSpan HeapQuiet = TimeSpan.FromSeconds(1);
    private readonly List<AvailabilitySubscriber> _subscribers;
    private readonly PropagationClock _clock;
    private readonly long _memoryPer1000;
    private readonly long _clientPer1000;
    private readonly SocketPoller _poller;

    private SubscriberFleet(List<AvailabilitySubscriber> subscribers, PropagationClock clock, long memoryPer1000, long clientPer1000, SocketPoller poller)
    {
        _poller = poller;
        _subscribers = subscribers;
        _clock = clock;
        _memoryPer1000 = memoryPer1000;
        _clientPer1000 = clientPer1000;
    }

    public long Events => _subscribers.Sum(s => s.Events);

    /// <summary>Opens <paramref name="count"/> subscribers; null and why when the API has no availability stream.</summary>
    public static async Task<(SubscriberFleet? Fleet, string? Absent)> OpenAsync(IPEndPoint server, string key, string sku, string location, int count)
    {
        var request = AvailabilitySubscriber.Request(server, key);
        var skuBytes = Encoding.UTF8.GetBytes(sku);
        var locationBytes = Encoding.UTF8.GetBytes(location);
        var clock = new PropagationClock();
        var poller = new SocketPoller();

        var probe = AvailabilitySubscriber.Start(server, request, skuBytes, locationBytes, clock, poller);
        await WaitAsync([probe], static s => s.Stage >= SubscriberStage.Streaming, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var probed = probe.Stage;
        var failure = probe.Failure;
        probe.Dispose();
        await probe.Completion.ConfigureAwait(false);
        if (probed != SubscriberStage.Streaming)
        {
            poller.Dispose();
            return (null, $"GET /v1/availability/stream answered {failure ?? "nothing within 10 s"}: this build has no availability stream, so the sale runs without subscribers");
        }

        // The first thousand sockets also grow the runtime's socket engine and pools once: measure after that.
        var sample = Math.Min(count, ClientSample);
        await MeasureClientAsync(sample, request, skuBytes, locationBytes).ConfigureAwait(false);
        var clientPerSubscriber = await MeasureClientAsync(sample, request, skuBytes, locationBytes).ConfigureAwait(false);
        var before = await HeapAsync().ConfigureAwait(false);
        var subscribers = new List<AvailabilitySubscriber>(count);
        while (subscribers.Count < count)
        {
            var batch = Enumerable.Range(0, Math.Min(ConnectBatch, count - subscribers.Count))
                .Select(_ => AvailabilitySubscriber.Start(server, request, skuBytes, locationBytes, clock, poller)).ToList();
            await WaitAsync(batch, static s => s.Stage >= SubscriberStage.Streaming, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            subscribers.AddRange(batch);
        }

        // Each should get a snapshot on subscribing; a stream that sends none until the first change is waited for a while.
        await WaitAsync(subscribers, static s => s.Stage != SubscriberStage.Streaming || s.Available >= 0, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var after = await HeapAsync().ConfigureAwait(false);
        var streaming = subscribers.Count(s => s.Stage == SubscriberStage.Streaming);
        var snapshots = subscribers.Count(s => s.Available >= 0);
        var client = (long)(clientPerSubscriber * count);
        var memoryPer1000 = (long)((after - before - client) * 1000.0 / count);
        var clientPer1000 = (long)(clientPerSubscriber * 1000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"subscribers: {streaming:N0}/{count:N0} streaming, {snapshots:N0} with their first availability; silo heap {memoryPer1000 / 1024.0 / 1024.0:F2} MiB per 1,000 (heap {(after - before) / 1024.0 / 1024.0:F2} MiB more, of which the subscribers' own sockets {client / 1024.0 / 1024.0:F2} MiB)"));
        var fleet = new SubscriberFleet(subscribers, clock, memoryPer1000, clientPer1000, poller);
        var failures = fleet.Failures();
        if (failures is not null)
        {
            Console.WriteLine($"subscribers: {failures}");
        }

        return (fleet, null);
    }

    /// <summary>Events from now on are the sale's: their propagation counts.</summary>
    public void StartMeasuring() => _clock.Start();

    /// <summary>Short progress text for the buyers' progress line.</summary>
    public string Progress() => string.Create(CultureInfo.InvariantCulture, $"  sse events {Events,12:N0}");

    /// <summary>Waits for every subscriber to reach <paramref name="finalAvailable"/>, or for the streams to go quiet, then tells what they saw.</summary>
    public async Task<SubscriberResult> SettleAsync(long finalAvailable)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < MaxSettle
            && _subscribers.Any(s => s.Stage == SubscriberStage.Streaming && s.Available != finalAvailable)
            && (_clock.LastEvent == 0 || Stopwatch.GetElapsedTime(_clock.LastEvent) < Quiet))
        {
            await Task.Delay(20).ConfigureAwait(false);
        }

        var settled = Stopwatch.GetElapsedTime(started);
        var histogram = _clock.Propagation;
        return new SubscriberResult(
            _subscribers.Count,
            _subscribers.Count(s => s.Stage == SubscriberStage.Streaming),
            _subscribers.Count(s => s.Stage == SubscriberStage.Streaming && s.Available == finalAvailable),
            histogram.Count,
            _subscribers.Sum(s => s.Heartbeats),
            Math.Round(histogram.PercentileMs(0.50), 3),
            Math.Round(histogram.PercentileMs(0.99), 3),
            Math.Round(histogram.MaxMs, 3),
            _memoryPer1000,
            _clientPer1000,
            Math.Round(settled.TotalSeconds, 3),
            Failures());
    }

    public void Dispose()
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.Dispose();
        }

        Task.WaitAll([.. _subscribers.Select(s => s.Completion)], TimeSpan.FromSeconds(10));
        _poller.Dispose();
    }

    /// <summary>
    /// What a subscriber costs this process's heap on the client side alone: the same subscribers against a listener that
    /// never accepts (the kernel completes the connections; nothing managed exists on the other end), request sent and a
    /// registered with a poller of their own, exactly as they wait on the real stream.
    /// </summary>
    private static async Task<double> MeasureClientAsync(int count, byte[] request, byte[] sku, byte[] location)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(count + 16);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        var clock = new PropagationClock();
        using var poller = new SocketPoller();
        var before = await HeapAsync().ConfigureAwait(false);
        var subscribers = new List<AvailabilitySubscriber>(count);
        while (subscribers.Count < count)
        {
            var batch = Enumerable.Range(0, Math.Min(ConnectBatch, count - subscribers.Count))
                .Select(_ => AvailabilitySubscriber.Start(endpoint, request, sku, location, clock, poller)).ToList();
            await WaitAsync(batch, static s => s.Stage != SubscriberStage.Connecting, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            subscribers.AddRange(batch);
        }

        var after = await HeapAsync().ConfigureAwait(false);
        var waiting = subscribers.Count(s => s.Stage == SubscriberStage.AwaitingHead);
        foreach (var subscriber in subscribers)
        {
            subscriber.Dispose();
        }

        await Task.WhenAll(subscribers.Select(s => s.Completion)).ConfigureAwait(false);
        return waiting == 0 ? 0 : (after - before) / (double)count;
    }

    private static async Task WaitAsync(List<AvailabilitySubscriber> subscribers, Func<AvailabilitySubscriber, bool> done, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (!subscribers.All(done) && Stopwatch.GetElapsedTime(started) < timeout)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    private static async Task<long> HeapAsync()
    {
        await Task.Delay(HeapQuiet).ConfigureAwait(false);
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private string? Failures()
    {
        var failed = _subscribers.Where(s => s.Stage == SubscriberStage.Failed).GroupBy(s => s.Failure ?? "unknown").ToList();
        return failed.Count == 0
            ? null
            : string.Join("; ", failed.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count():N0} failed: {g.Key}")));
    }
}
