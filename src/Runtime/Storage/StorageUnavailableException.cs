namespace Grid.Runtime.Storage;

/// <summary>Storage could not be reached or initialized; the silo does not start without it.</summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }
}
