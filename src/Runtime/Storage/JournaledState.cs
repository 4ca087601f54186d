using Grid.Runtime.Activation;
using Grid.Runtime.Scheduling;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Storage;

/// <summary>
/// Journal plus snapshots with group commit: one append in flight at a time, entries staged meanwhile go into the next
/// segment. A snapshot is taken when the journal since the last one outgrows it and no entry is staged or in flight,
/// so a snapshot always equals the state at a journal position.
/// </summary>
internal sealed partial class JournaledState<TState, TEntry> : IJournaledState<TState, TEntry>, IStateLifecycle
    where TState : new()
{
    private const int MinSnapshotInterval = 64 * 1024;
    private const long ForcedSnapshotBytes = 64L * 1024 * 1024;
    private static readonly TimeSpan SnapshotRetryDelay = TimeSpan.FromSeconds(1);
    // Locks on itself: one lock object fewer per grain, and the class is internal.
    private readonly object _lock;
    private readonly GrainActivation _activation;
    private readonly IGrainStorage _snapshots;
    private readonly IJournalStorage _journal;
    private readonly StateKey _key;
    private List<TEntry>? _staged;
    private WriteBatch? _inFlight;
    private WriteBatch? _next;
    private bool _nextScheduled;
    private long _snapshotVersion;
    private long _lastSnapshotBytes;
    private long _bytesSinceSnapshot;
    private bool _snapshotRunning;
    private ITimer? _snapshotTimer;

    public JournaledState(GrainActivation activation, IGrainStorage storage, StateKey key)
    {
        _lock = this;
        _activation = activation;
        _snapshots = storage;
        _journal = storage as IJournalStorage
            ?? throw new InvalidOperationException($"Storage '{storage.Kind}' keeps no journals; journaled state {key} needs one that does (memory, SQLite, PostgreSQL).");
        _key = key;
    }

    public TState State { get; private set; } = new();

    public bool LoadsOnActivation => false;

    public Task LoadAsync() => Task.CompletedTask;

    /// <summary>Cancels a pending snapshot; takes it now if it was due and nothing is staged or in flight.</summary>
    public async Task OnDeactivatedAsync()
    {
        byte[]? snapshot = null;
        long position = 0;
        long expectedVersion = 0;
        lock (_lock)
        {
            _snapshotTimer?.Dispose();
            _snapshotTimer = null;
            var due = _bytesSinceSnapshot >= Math.Max(MinSnapshotInterval, 2 * _lastSnapshotBytes);
            if (due && !_snapshotRunning && _inFlight is null && _next is null && _staged is not { Count: > 0 })
            {
                _snapshotRunning = true;
                snapshot = SerializeSnapshotLocked();
                position = Position;
                expectedVersion = _snapshotVersion;
            }
        }

        if (snapshot is not null)
        {
            await SaveSnapshotAsync(snapshot, position, expectedVersion).ConfigureAwait(false);
        }
    }

    public long Position { get; private set; }

    public async Task RecoverAsync(Action<TState, TEntry> apply)
    {
        var recovered = await JournalReader.RecoverAsync(_snapshots, _key, apply).ConfigureAwait(true);
        State = recovered.State;
        Position = recovered.Position;
        _snapshotVersion = recovered.SnapshotVersion;
        _lastSnapshotBytes = recovered.SnapshotBytes;
        _bytesSinceSnapshot = recovered.JournalBytes;
    }

    public void Append(TEntry entry)
    {
        lock (_lock)
        {
            (_staged ??= []).Add(entry);
        }
    }

    public Task WriteAsync()
    {
        WriteBatch batch;
        byte[]? segment = null;
        long expected = 0;
        lock (_lock)
        {
            if (_inFlight is null && !_nextScheduled)
            {
                if (_staged is not { Count: > 0 })
                {
                    return Task.CompletedTask;
                }

                segment = TakeSegmentLocked();
                batch = _inFlight = new WriteBatch();
                expected = Position;
            }
            else
            {
                batch = _next ??= new WriteBatch();
            }

            batch.Waiters++;
        }

        if (segment is not null)
        {
            _ = AppendAsync(batch, segment, expected);
        }

        if (!batch.Task.IsCompleted && SynchronizationContext.Current is RequestSynchronizationContext context
            && ReferenceEquals(context.Activation, _activation) && context.Request is { } request)
        {
            _activation.ReleaseTurn(request);
        }

        return batch.Task;
    }

    private byte[] TakeSegmentLocked()
    {
        using var writer = new WireWriter(4096);
        var staged = _staged ?? [];
        writer.WriteVarUInt64((ulong)staged.Count);
        foreach (var entry in staged)
        {
            Codec<TEntry>.Write(writer, entry);
        }

        _staged = null;
        return writer.ToArray();
    }
}
