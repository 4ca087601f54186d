using System.Globalization;
using Grid.Runtime.Activation;
using Grid.Runtime.Scheduling;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Storage;

/// <summary>
/// A grain's durable state with group commit: one write in flight at a time; writes requested meanwhile join the
/// next batch, which starts on the grain's own turn as soon as the one in flight completes.
/// </summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>, IStateLifecycle
    where TState : new()
{
    private readonly Lock _lock = new();
    private readonly GrainActivation _activation;
    private readonly IGrainStorage _storage;
    private readonly StateKey _key;
    private long _version;
    private WriteBatch? _inFlight;
    private WriteBatch? _next;
    private bool _nextScheduled;

    public PersistentState(GrainActivation activation, IGrainStorage storage, StateKey key)
    {
        _activation = activation;
        _storage = storage;
        _key = key;
    }

    public TState State { get; set; } = new();

    public string? Etag => _version == 0 ? null : _version.ToString(CultureInfo.InvariantCulture);

    public bool RecordExists { get; private set; }

    public bool LoadsOnActivation => true;

    public Task LoadAsync() => ReadStateAsync();

    public Task OnDeactivatedAsync() => Task.CompletedTask;

    public async Task ReadStateAsync()
    {
        lock (_lock)
        {
            if (_inFlight is not null || _next is not null)
            {
                throw new InvalidOperationException($"State {_key} cannot be reloaded while a write is in flight.");
            }
        }

        var stored = await _storage.ReadAsync(_key, CancellationToken.None).ConfigureAwait(true);
        _version = stored?.Version ?? 0;
        RecordExists = stored?.Data is not null;
        State = stored?.Data is { } data ? Codec<TState>.Read(new WireReader(data)) : new TState();
    }

    public Task WriteStateAsync()
    {
        WriteBatch batch;
        byte[]? bytes = null;
        long expected = 0;
        lock (_lock)
        {
            if (_inFlight is null && !_nextScheduled)
            {
                bytes = Serialize();
                batch = _inFlight = new WriteBatch();
                expected = _version;
            }
            else
            {
                batch = _next ??= new WriteBatch();
            }

            batch.Waiters++;
        }

        if (bytes is not null)
        {
            _ = RunAsync(batch, bytes, expected);
        }

        if (!batch.Task.IsCompleted)
        {
            ReleaseTurn();
        }

        return batch.Task;
    }

    public async Task ClearStateAsync()
    {
        await WhenWritesSettledAsync().ConfigureAwait(true);
        try
        {
            _version = await _storage.ClearAsync(_key, _version, CancellationToken.None).ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            _activation.OnStorageFailed(ex);
            throw;
        }

        RecordExists = false;
        State = new TState();
    }

    private async Task WhenWritesSettledAsync()
    {
        while (true)
        {
            Task? pending;
            lock (_lock)
            {
                pending = _next?.Task ?? _inFlight?.Task;
            }

            if (pending is null)
            {
                return;
            }

            try
            {
                await pending.ConfigureAwait(true);
            }
            catch (Exception)
            {
                // The failed write already failed its own waiters; a clear only needs it settled.
            }
        }
    }

    private byte[] Serialize()
    {
        using var writer = new WireWriter();
        Codec<TState>.Write(writer, State);
        return writer.ToArray();
    }

    private async Task RunAsync(WriteBatch batch, byte[] bytes, long expectedVersion)
    {
        var started = _activation.Runtime.TimeProvider.GetTimestamp();
        Exception? error = null;
        long version = 0;
        try
        {
            version = await _storage.WriteAsync(_key, bytes, expectedVersion, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
        }

        var elapsed = _activation.Runtime.TimeProvider.GetElapsedTime(started);
        _activation.Runtime.Metrics.RecordWrite(_key.GrainType, _storage.Kind, batch.Waiters, bytes.Length, elapsed, error is not null);

        WriteBatch? next;
        lock (_lock)
        {
            _inFlight = null;
            next = _next;
            if (error is null)
            {
                _version = version;
                RecordExists = true;
                _nextScheduled = next is not null;
            }
            else
            {
                _next = null;
            }
        }

        if (error is not null)
        {
            batch.Fail(error);
            next?.Fail(error);
            _activation.OnStorageFailed(error);
            return;
        }

        batch.Complete();
        if (next is not null)
        {
            // The next batch serializes the state on the grain's own turn, never beside a running one.
            _activation.RunOnTurn(static state => ((PersistentState<TState>)state!).StartNext(), this);
        }
    }

    private void StartNext()
    {
        WriteBatch batch;
        byte[] bytes;
        long expected;
        lock (_lock)
        {
            _nextScheduled = false;
            if (_next is null)
            {
                return;
            }

            batch = _next;
            _next = null;
            try
            {
                bytes = Serialize();
            }
            catch (Exception ex)
            {
                batch.Fail(ex);
                _activation.OnStorageFailed(ex);
                return;
            }

            _inFlight = batch;
            expected = _version;
        }

        _ = RunAsync(batch, bytes, expected);
    }

    private void ReleaseTurn()
    {
        if (SynchronizationContext.Current is RequestSynchronizationContext context
            && ReferenceEquals(context.Activation, _activation)
            && context.Request is { } request)
        {
            _activation.ReleaseTurn(request);
        }
    }
}
