namespace Grid.Runtime;

/// <summary>Thrown to the caller when a call would wait on a grain that is waiting on the caller, and call-chain reentrancy is off.</summary>
public sealed class CallCycleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CallCycleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CallCycleException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CallCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
