using System.Collections.Concurrent;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Api.Channels;

/// <summary>
/// Channel profiles as channel-scoped requests need them (every reservation checks the channel's locations, safety
/// stock and pools), read from the channel grain at most once per <see cref="Duration"/>; a redefinition through this
/// API is seen at once.
/// </summary>
internal sealed class ChannelProfileCache(IGrainFactory grains, TimeProvider time)
{
    /// <summary>How long a profile is trusted before it is read again (another node's redefinition is seen within it).</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<ChannelId, (ChannelProfile? Profile, long ReadAt)> _profiles = new();

    public async ValueTask<ChannelProfile?> GetAsync(ChannelId channel)
    {
        var now = time.GetTimestamp();
        if (_profiles.TryGetValue(channel, out var cached) && time.GetElapsedTime(cached.ReadAt, now) < Duration)
        {
            return cached.Profile;
        }

        var profile = await grains.GetGrain<IChannelGrain>(channel.Value).GetAsync().ConfigureAwait(false);
        _profiles[channel] = (profile, now);
        return profile;
    }

    /// <summary>Forgets a channel's profile after it was redefined.</summary>
    public void Forget(ChannelId channel) => _profiles.TryRemove(channel, out _);
}
