using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

/// <summary>Wraps a real storage: counts writes, can hold writes at a gate, and can fail operations on demand.</summary>
internal sealed class FaultInjectingStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly Lock _lock = new();
    private TaskCompletionSource? _gate;
    private TaskCompletionSource _writeArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _writes;

    public string Kind => inner.Kind;

    public int Writes => Volatile.Read(ref _writes);

    public bool Unreachable { get; set; }

    public bool FailInitialize { get; set; }

    /// <summary>Holds every write until <see cref="OpenGate"/>.</summary>
    public void CloseGate()
    {
        lock (_lock)
        {
            _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _writeArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void OpenGate()
    {
        lock (_lock)
        {
            _gate?.TrySetResult();
            _gate = null;
        }
    }

    /// <summary>Completes once a write is waiting at the closed gate.</summary>
    public Task WhenWriteHeld()
    {
        lock (_lock)
        {
            return _writeArrived.Task;
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        FailInitialize ? throw new IOException("connection refused (injected)") : inner.InitializeAsync(cancellationToken);

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) =>
        Unreachable ? throw new IOException("storage unreachable (injected)") : inner.ReadAsync(key, cancellationToken);

    public async Task<long> WriteAsync(StateKey key, ReadOnlyMemory<byte> data, long expectedVersion, CancellationToken cancellationToken)
    {
        await PassGateAsync();
        Interlocked.Increment(ref _writes);
        return Unreachable ? throw new IOException("storage unreachable (injected)") : await inner.WriteAsync(key, data, expectedVersion, cancellationToken);
    }

    public async Task<long> ClearAsync(StateKey key, long expectedVersion, CancellationToken cancellationToken)
    {
        await PassGateAsync();
        return Unreachable ? throw new IOException("storage unreachable (injected)") : await inner.ClearAsync(key, expectedVersion, cancellationToken);
    }

    private Task PassGateAsync()
    {
        lock (_lock)
        {
            if (_gate is null)
            {
                return Task.CompletedTask;
            }

            _writeArrived.TrySetResult();
            return _gate.Task;
        }
    }
}
