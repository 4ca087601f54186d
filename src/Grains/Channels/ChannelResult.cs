using Grid.Runtime;

namespace Grid.Grains.Channels;

/// <summary>The outcome of a channel operation: accepted (Error is None) or rejected with a reason and a readable detail.</summary>
[GenerateSerializer]
public sealed record ChannelResult(ChannelError Error, string? Detail, ChannelProfile? Profile)
{
    /// <summary>True when the operation was applied.</summary>
    public bool Accepted => Error == ChannelError.None;
}
