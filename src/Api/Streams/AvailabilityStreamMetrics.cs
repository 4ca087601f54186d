using System.Diagnostics.Metrics;
using Grid.Grains.Ids;

namespace Grid.Api.Streams;

/// <summary>
/// The availability streams' instruments on the <c>Grid.Api</c> meter: subscribers and the largest lag per channel,
/// and events delivered per channel and transport.
/// </summary>
internal sealed class AvailabilityStreamMetrics
{
    public const string MeterName = "Grid.Api";

    private readonly Counter<long> _delivered;

    public AvailabilityStreamMetrics(IMeterFactory meters, AvailabilityFeeds feeds)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _delivered = meter.CreateCounter<long>("grid.api.availability.delivered", "{event}", "Availability events sent to subscribers, by channel and transport.");
        meter.CreateObservableUpDownCounter(
            "grid.api.availability.subscribers",
            () => feeds.Live.Select(feed => new Measurement<long>(feed.SubscriberCount, ChannelTag(feed.Channel))),
            "{subscriber}",
            "Open availability streams, by channel.");
        meter.CreateObservableGauge(
            "grid.api.availability.max_lag",
            () => feeds.Live.Select(feed => new Measurement<long>(feed.MaxLag, ChannelTag(feed.Channel))),
            "{event}",
            "The most changes any subscriber of the channel has not yet received.");
    }

    public void Delivered(ChannelId channel, string transport, int count)
    {
        if (count > 0 && _delivered.Enabled)
        {
            _delivered.Add(count, ChannelTag(channel), new KeyValuePair<string, object?>("transport", transport));
        }
    }

    private static KeyValuePair<string, object?> ChannelTag(ChannelId channel) => new("channel", channel.Value);
}
