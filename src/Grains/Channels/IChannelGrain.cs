using Grid.Runtime;

namespace Grid.Grains.Channels;

/// <summary>One sales channel, keyed by its <see cref="Ids.ChannelId"/>: which locations feed it and its policies.</summary>
public interface IChannelGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the channel's profile; the profile's id must be the grain's key.</summary>
    ValueTask<ChannelResult> DefineAsync(ChannelProfile profile);

    /// <summary>The profile; null when the channel was never defined.</summary>
    ValueTask<ChannelProfile?> GetAsync();
}
