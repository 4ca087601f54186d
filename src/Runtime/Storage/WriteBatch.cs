namespace Grid.Runtime.Storage;

/// <summary>The callers waiting on one storage write of a grain's state.</summary>
internal sealed class WriteBatch
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Task => _done.Task;

    public int Waiters { get; set; }

    public void Complete() => _done.TrySetResult();

    public void Fail(Exception exception) => _done.TrySetException(exception);
}
