namespace Grid.Grains.Channels;

/// <summary>Why a channel operation was rejected; each value maps to a stable code an API returns.</summary>
public enum ChannelError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>The profile breaks a rule (name length, ranges, duplicate locations, id not the grain's key). Code <c>invalid_channel</c>.</summary>
    InvalidProfile,

    /// <summary>The channel was never defined. Code <c>unknown_channel</c>.</summary>
    UnknownChannel,
}
