namespace Grid.Api.Streams;

/// <summary>Settings of the availability streams, bound from the <c>Grid:Api:Streams</c> configuration section.</summary>
public sealed class AvailabilityStreamOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Grid:Api:Streams";

    /// <summary>Default number of recent changes a channel's feed keeps for resuming subscribers.</summary>
    public const int DefaultRetentionCount = 100_000;

    /// <summary>Most changes a feed may be told to keep.</summary>
    public const int MaxRetentionCount = 10_000_000;

    /// <summary>Default number of SKU-locations a subscriber may have pending before it pages from the feed instead.</summary>
    public const int DefaultMaxPendingPerSubscriber = 1_024;

    /// <summary>Default age after which a change is no longer kept for resuming subscribers.</summary>
    public static readonly TimeSpan DefaultRetentionAge = TimeSpan.FromMinutes(10);

    /// <summary>Default interval of the <c>: keep-alive</c> comment on an idle server-sent event stream.</summary>
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(15);

    /// <summary>Default shortest time between two publications of changes to subscribers.</summary>
    public static readonly TimeSpan DefaultPublishInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest <see cref="PublishInterval"/> allowed.</summary>
    public static readonly TimeSpan MaxPublishInterval = TimeSpan.FromSeconds(1);

    /// <summary>Default interval at which the channel profiles behind live feeds are read again.</summary>
    public static readonly TimeSpan DefaultProfileRefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>How many recent changes a feed keeps, so a subscriber that reconnects gets exactly what it missed.</summary>
    public int RetentionCount { get; set; } = DefaultRetentionCount;

    /// <summary>
    /// How many SKU-locations a subscriber may have pending (one value each, the latest); beyond it the subscriber drops
    /// them and pages what changed since its resume point from the feed, so a stalled subscriber's memory stays bounded.
    /// </summary>
    public int MaxPendingPerSubscriber { get; set; } = DefaultMaxPendingPerSubscriber;

    /// <summary>How long a feed keeps a change for resuming subscribers; an older resume point gets a snapshot.</summary>
    public TimeSpan RetentionAge { get; set; } = DefaultRetentionAge;

    /// <summary>How often an idle server-sent event stream sends a comment, so proxies keep the connection open.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = DefaultHeartbeatInterval;

    /// <summary>
    /// The shortest time between two publications to subscribers while changes keep coming. A change after a quiet spell
    /// is sent at once; changes within this time of the last publication are held and go out together, each
    /// SKU-location's newest only, at its end, or sooner once 5 ms (a quarter of the interval, if less) pass with
    /// nothing new. It bounds what a hot SKU costs: at most one frame per subscriber per interval, however fast it
    /// sells. Zero publishes every batch of events as it arrives.
    /// </summary>
    public TimeSpan PublishInterval { get; set; } = DefaultPublishInterval;

    /// <summary>How often channel profiles are read again (a redefinition is also applied at once when announced).</summary>
    public TimeSpan ProfileRefreshInterval { get; set; } = DefaultProfileRefreshInterval;

    /// <summary>Lists what is wrong with the settings; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (RetentionCount is < 1 or > MaxRetentionCount)
        {
            errors.Add($"RetentionCount is 1 to {MaxRetentionCount:N0}.");
        }

        if (MaxPendingPerSubscriber is < 16 or > 1_000_000)
        {
            errors.Add("MaxPendingPerSubscriber is 16 to 1,000,000.");
        }

        if (RetentionAge <= TimeSpan.Zero || RetentionAge > TimeSpan.FromDays(1))
        {
            errors.Add("RetentionAge is positive and at most one day.");
        }

        if (HeartbeatInterval < TimeSpan.FromSeconds(1) || HeartbeatInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add("HeartbeatInterval is 1 second to 10 minutes.");
        }

        if (ProfileRefreshInterval < TimeSpan.FromSeconds(1) || ProfileRefreshInterval > TimeSpan.FromDays(1))
        {
            errors.Add("ProfileRefreshInterval is 1 second to one day.");
        }

        if (PublishInterval < TimeSpan.Zero || PublishInterval > MaxPublishInterval)
        {
            errors.Add("PublishInterval is 0 to 1 second.");
        }

        return errors;
    }
}
