namespace Grid.Runtime;

/// <summary>
/// Stands for an exception thrown by a grain on another silo whose type has no codec here.
/// Carries the original type name and message.
/// </summary>
public sealed class RemoteGrainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string originalTypeName, string message, string? remoteStackTrace)
        : base(message)
    {
        OriginalTypeName = originalTypeName;
        RemoteStackTrace = remoteStackTrace;
    }

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException()
    {
        OriginalTypeName = typeof(Exception).FullName!;
    }

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string message)
        : base(message)
    {
        OriginalTypeName = typeof(Exception).FullName!;
    }

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string message, Exception innerException)
        : base(message, innerException)
    {
        OriginalTypeName = typeof(Exception).FullName!;
    }

    /// <summary>The full name of the exception type the grain threw.</summary>
    public string OriginalTypeName { get; }

    /// <summary>The stack trace on the silo that threw.</summary>
    public string? RemoteStackTrace { get; }
}
