namespace Grid.Runtime.Storage;

/// <summary>What a durable state tells its <see cref="GroupCommit"/>: what to write, how, and what a success changes.</summary>
internal interface IGroupCommitOwner
{
    /// <summary>
    /// Called under the shared lock on the grain's turn: the bytes of the next write and the version or position they
    /// follow; false when there is nothing to write. May throw when the state cannot be serialized.
    /// </summary>
    bool TryTakeWrite(out byte[] bytes, out long expected);

    /// <summary>Writes durably; returns the new version or position.</summary>
    Task<long> WriteAsync(byte[] bytes, long expected);

    /// <summary>Called under the shared lock once a write is durable.</summary>
    void OnWritten(long result, int bytes);

    /// <summary>Called outside the lock after a durable write that left no batch waiting.</summary>
    void OnQuiet();
}
