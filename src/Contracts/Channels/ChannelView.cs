namespace Grid.Contracts.Channels;

/// <summary>A defined channel.</summary>
/// <param name="Id">The channel.</param>
/// <param name="Definition">Its definition.</param>
public sealed record ChannelView(string Id, ChannelDefinition Definition);
