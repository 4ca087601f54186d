using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Sourcing;
using Grid.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grid.Api.Streams;

/// <summary>
/// The silo's availability feeds, one per channel, created on first use from the channel's profile and seeded from the
/// <see cref="AvailabilityIndex"/>. <see cref="AvailabilityFeedDispatcher"/> feeds them inventory events and reloads
/// their profiles periodically and when <see cref="Invalidate"/> announces a redefinition.
/// </summary>
internal sealed partial class AvailabilityFeeds
{
    private readonly ConcurrentDictionary<ChannelId, AvailabilityFeed> _feeds = new();
    private readonly ConcurrentDictionary<ChannelId, Lazy<Task<AvailabilityFeed?>>> _creating = new();
    private readonly Channel<ChannelId> _invalidated = System.Threading.Channels.Channel.CreateUnbounded<ChannelId>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private readonly IGrainFactory _grains;
    private readonly AvailabilityIndex _index;
    private readonly AvailabilityStreamOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private AvailabilityFeed[] _live = [];

    public AvailabilityFeeds(IGrainFactory grains, AvailabilityIndex index, IOptions<AvailabilityStreamOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        _grains = grains;
        _index = index;
        _options = options.Value;
        _time = time;
        _logger = loggers.CreateLogger<AvailabilityFeeds>();
    }

    /// <summary>The feeds created so far (they stay, so their ids keep resuming).</summary>
    public IReadOnlyList<AvailabilityFeed> Live => Volatile.Read(ref _live);

    /// <summary>Channels whose profile should be read again.</summary>
    public ChannelReader<ChannelId> Invalidated => _invalidated.Reader;

    /// <summary>The channel's feed, created on first use; null when the channel is not defined.</summary>
    public async Task<AvailabilityFeed?> GetAsync(ChannelId channel, CancellationToken cancellationToken)
    {
        if (_feeds.TryGetValue(channel, out var feed))
        {
            return feed;
        }

        var creating = _creating.GetOrAdd(channel, static (id, self) => new Lazy<Task<AvailabilityFeed?>>(() => self.CreateAsync(id)), this);
        try
        {
            feed = await creating.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (creating.Value.IsFaulted)
        {
            _creating.TryRemove(new KeyValuePair<ChannelId, Lazy<Task<AvailabilityFeed?>>>(channel, creating));
            throw;
        }

        // Forget the attempt: a created feed is found above from now on, and an undefined channel may be defined later.
        _creating.TryRemove(new KeyValuePair<ChannelId, Lazy<Task<AvailabilityFeed?>>>(channel, creating));
        return feed;
    }

    /// <summary>Announces that a channel was redefined: its feed, if any, reloads the profile soon.</summary>
    public void Invalidate(ChannelId channel) => _invalidated.Writer.TryWrite(channel);

    /// <summary>Reads the channel's profile again and applies it to its feed, if it has one.</summary>
    public async Task ReloadAsync(ChannelId channel, CancellationToken cancellationToken)
    {
        if (!_feeds.TryGetValue(channel, out var feed))
        {
            return;
        }

        var profile = await _grains.GetGrain<IChannelGrain>(channel.Value).GetAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            LogChannelGone(_logger, channel.Value);
            return;
        }

        feed.Reconcile(profile, _index.EnumerateKnown(profile.Id));
    }

    /// <summary>Reloads every feed's profile; one that fails is logged and tried again next time.</summary>
    public async Task ReloadAllAsync(CancellationToken cancellationToken)
    {
        foreach (var feed in Live)
        {
            try
            {
                await ReloadAsync(feed.Channel, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogReloadFailed(_logger, exception, feed.Channel.Value);
            }
        }
    }

    private async Task<AvailabilityFeed?> CreateAsync(ChannelId channel)
    {
        var profile = await _grains.GetGrain<IChannelGrain>(channel.Value).GetAsync().ConfigureAwait(false);
        if (profile is null)
        {
            return null;
        }

        var feed = new AvailabilityFeed(profile, NewEpoch(), _options, _time);

        // Live before seeding: an event published meanwhile reaches the feed, and the index's older value is ignored.
        lock (_lock)
        {
            _live = [.. _live, feed];
        }

        feed.Reconcile(profile, _index.EnumerateKnown(profile.Id));
        _feeds[channel] = feed;
        return feed;
    }

    private string NewEpoch() =>
        string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow().ToUnixTimeMilliseconds():x}{RandomNumberGenerator.GetHexString(4, lowercase: true)}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel} has no profile any more; its availability feed keeps the last one.")]
    private static partial void LogChannelGone(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The profile of channel {Channel} could not be reloaded for its availability feed; trying again later.")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string channel);
}
