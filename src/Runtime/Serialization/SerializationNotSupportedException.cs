namespace Grid.Runtime.Serialization;

/// <summary>Thrown when a type crossing a grain boundary has no codec.</summary>
public sealed class SerializationNotSupportedException : Exception
{
    /// <summary>Creates the exception for a type.</summary>
    public SerializationNotSupportedException(Type type)
        : base($"Type '{type.FullName}' has no Grid codec. Mark it [GenerateSerializer] in an assembly that references Grid.Runtime, or use a supported built-in type.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public SerializationNotSupportedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SerializationNotSupportedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SerializationNotSupportedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
