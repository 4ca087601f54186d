namespace Grid.Grains.Channels;

/// <summary>The stable codes of <see cref="ChannelError"/>, as APIs return them.</summary>
public static class ChannelErrorCodes
{
    /// <summary>The code of an error; stable across versions.</summary>
    public static string ToCode(this ChannelError error) => error switch
    {
        ChannelError.None => "none",
        ChannelError.InvalidProfile => "invalid_channel",
        ChannelError.UnknownChannel => "unknown_channel",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown channel error."),
    };
}
