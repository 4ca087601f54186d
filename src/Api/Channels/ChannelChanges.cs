using Grid.Grains.Ids;

namespace Grid.Api.Channels;

/// <summary>Tells whoever shapes data by channel (availability streams) that a channel was redefined.</summary>
internal sealed class ChannelChanges
{
    /// <summary>Raised after a channel's new definition is durable.</summary>
    public event Action<ChannelId>? ChannelChanged;

    public void Changed(ChannelId channel) => ChannelChanged?.Invoke(channel);
}
