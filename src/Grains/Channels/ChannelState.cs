using Grid.Runtime;

namespace Grid.Grains.Channels;

/// <summary>The durable state of one channel.</summary>
[GenerateSerializer]
internal sealed class ChannelState
{
    /// <summary>The name the channel grain's state is stored under.</summary>
    internal const string StateName = "channel";

    /// <summary>The profile; null until the channel is defined.</summary>
    public ChannelProfile? Profile { get; set; }
}
