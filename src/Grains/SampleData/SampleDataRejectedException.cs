namespace Grid.Grains.SampleData;

/// <summary>A grain rejected part of a sample data set; the message names what and why.</summary>
public sealed class SampleDataRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SampleDataRejectedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SampleDataRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SampleDataRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
