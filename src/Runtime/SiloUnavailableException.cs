namespace Grid.Runtime;

/// <summary>Thrown to a caller when the silo that owns the target grain cannot be reached.</summary>
public sealed class SiloUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
