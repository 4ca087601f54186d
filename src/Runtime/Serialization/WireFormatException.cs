namespace Grid.Runtime.Serialization;

/// <summary>Thrown when bytes on the wire do not form a valid message.</summary>
public sealed class WireFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WireFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WireFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public WireFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
