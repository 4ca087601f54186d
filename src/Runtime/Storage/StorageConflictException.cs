namespace Grid.Runtime.Storage;

/// <summary>
/// A write found another version than the one it expected: someone else wrote this grain's state. The grain is
/// deactivated, and its next activation reloads the stored state.
/// </summary>
public sealed class StorageConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageConflictException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static StorageConflictException For(StateKey key, long expectedVersion) =>
        new($"State {key} is no longer at version {expectedVersion}: another writer changed it. The grain will reload its state.");
}
