using System.Threading.Channels;
using Grid.Grains.Inventory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grid.Api.Streams;

/// <summary>
/// Reads the <see cref="InventoryEventHub"/> and hands each batch of events to every live feed (a feed keeps only its
/// channel's locations), at most one batch per <see cref="AvailabilityStreamOptions.PublishInterval"/> while changes
/// keep coming, and reloads channel profiles periodically and when one is invalidated.
/// </summary>
internal sealed partial class AvailabilityFeedDispatcher : BackgroundService
{
    private const int MaxBatch = 8_192;

    /// <summary>The longest quiet step that ends a hold early (a quarter of the interval when that is shorter).</summary>
    private static readonly TimeSpan MaxQuietStep = TimeSpan.FromMilliseconds(5);
    private readonly InventoryEventHub _hub;
    private readonly AvailabilityFeeds _feeds;
    private readonly AvailabilityStreamOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private InventoryEventSubscription? _events;
    private PeriodicTimer? _refresh;

    /// <remarks>Takes the metrics so their instruments exist from the start.</remarks>
    public AvailabilityFeedDispatcher(
        InventoryEventHub hub,
        AvailabilityFeeds feeds,
        AvailabilityStreamMetrics metrics,
        IOptions<AvailabilityStreamOptions> options,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        _hub = hub;
        _feeds = feeds;
        _options = options.Value;
        _time = time;
        _logger = loggers.CreateLogger<AvailabilityFeedDispatcher>();
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed and timed before ExecuteAsync runs (in the background), so nothing published after start is missed.
        _events = _hub.Subscribe();
        _refresh = new PeriodicTimer(_options.ProfileRefreshInterval, _time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _events?.Dispose();
        _refresh?.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(DispatchAsync(_events!, stoppingToken), RefreshAsync(_refresh!, stoppingToken), ReloadInvalidatedAsync(stoppingToken));

    private async Task DispatchAsync(InventoryEventSubscription events, CancellationToken stoppingToken)
    {
        var batch = new List<object>(MaxBatch);
        var interval = _options.PublishInterval;
        var quiet = interval / 4 < MaxQuietStep ? interval / 4 : MaxQuietStep;
        long? published = null;
        try
        {
            while (await events.Events.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Within PublishInterval of the last publication changes are held until its end, so a hot SKU's changes
                // meanwhile reach each subscriber as one frame (the newest). A quiet step with nothing new ends the hold
                // early: a change nothing follows soon waits a step, not the interval; one after a quiet spell, nothing.
                if (published is { } last && interval - _time.GetElapsedTime(last) is { Ticks: > 0 } hold)
                {
                    var holding = _time.GetTimestamp();
                    Collect(events.Events, batch);
                    while (hold - _time.GetElapsedTime(holding) is { Ticks: > 0 } left)
                    {
                        await Task.Delay(left < quiet ? left : quiet, _time, stoppingToken).ConfigureAwait(false);
                        if (Collect(events.Events, batch) == 0)
                        {
                            break;
                        }
                    }
                }

                Collect(events.Events, batch);
                Publish(batch);
                published = _time.GetTimestamp();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Reads what has arrived into the batch (publishing a full one on the way); how many events were read.</summary>
    private int Collect(ChannelReader<object> events, List<object> batch)
    {
        var read = 0;
        while (events.TryRead(out var @event))
        {
            batch.Add(@event);
            read++;
            if (batch.Count == MaxBatch)
            {
                Publish(batch);
            }
        }

        return read;
    }

    private void Publish(List<object> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        foreach (var feed in _feeds.Live)
        {
            feed.Apply(batch);
        }

        batch.Clear();
    }

    private async Task RefreshAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            // Also repairs a feed that missed events (the hub drops the oldest for a subscriber that falls behind).
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await _feeds.ReloadAllAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReloadInvalidatedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var channel in _feeds.Invalidated.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await _feeds.ReloadAsync(channel, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogInvalidationFailed(_logger, exception, channel.Value);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel} was redefined but its availability feed could not reload it; the periodic refresh will.")]
    private static partial void LogInvalidationFailed(ILogger logger, Exception exception, string channel);
}
