using Grid.Runtime.Activation;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Storage;

/// <summary>
/// Journal plus snapshots, group-committed through <see cref="GroupCommit"/>: one append in flight at a time, entries
/// staged meanwhile go into the next segment. A snapshot is taken when the journal since the last one outgrows it and
/// no entry is staged or in flight, so a snapshot always equals the state at a journal position.
/// </summary>
internal sealed partial class JournaledState<TState, TEntry> : GroupCommit, IJournaledState<TState, TEntry>, IStateLifecycle
    where TState : new()
{
    private const int MinSnapshotInterval = 64 * 1024;
    private const long ForcedSnapshotBytes = 64L * 1024 * 1024;
    private static readonly TimeSpan SnapshotRetryDelay = TimeSpan.FromSeconds(1);
    private readonly IJournalStorage _journal;
    private List<TEntry>? _staged;
    private long _snapshotVersion;
    private long _lastSnapshotBytes;
    private long _bytesSinceSnapshot;
    private bool _snapshotRunning;
    private Task _snapshotSave = Task.CompletedTask;
    private ITimer? _snapshotTimer;

    public JournaledState(GrainActivation activation, IGrainStorage storage, StateKey key)
        : base(activation, key, storage)
    {
        _journal = storage as IJournalStorage
            ?? throw new InvalidOperationException($"Storage '{storage.Kind}' keeps no journals; journaled state {key} needs one that does (memory, SQLite, PostgreSQL).");
    }

    public TState State { get; private set; } = new();

    public bool LoadsOnActivation => false;

    public Task LoadAsync() => Task.CompletedTask;

    /// <summary>
    /// Waits for a snapshot being saved; cancels one that waits for a quiet moment and takes it now instead, if it is due
    /// and nothing is staged or in flight (the journal holds everything either way; the snapshot shortens the next recovery).
    /// </summary>
    public async Task OnDeactivatedAsync()
    {
        Task running;
        lock (this)
        {
            _snapshotTimer?.Dispose();
            _snapshotTimer = null;
            running = _snapshotRunning ? _snapshotSave : Task.CompletedTask;
        }

        await running.ConfigureAwait(true);
        byte[]? snapshot = null;
        long position = 0;
        long expectedVersion = 0;
        long covered = 0;
        lock (this)
        {
            if (SnapshotIsDueLocked && !_snapshotRunning && CommitIsIdle && _staged is not { Count: > 0 })
            {
                _snapshotRunning = true;
                (snapshot, position, expectedVersion, covered) = (SerializeSnapshotLocked(), Position, _snapshotVersion, _bytesSinceSnapshot);
            }
        }

        if (snapshot is not null)
        {
            await SaveSnapshotAsync(snapshot, position, expectedVersion, covered).ConfigureAwait(false);
        }
    }

    public long Position { get; private set; }

    public async Task RecoverAsync(Action<TState, TEntry> apply)
    {
        var recovered = await JournalReader.RecoverAsync(Storage, Key, apply).ConfigureAwait(true);
        State = recovered.State;
        Position = recovered.Position;
        _snapshotVersion = recovered.SnapshotVersion;
        _lastSnapshotBytes = recovered.SnapshotBytes;
        _bytesSinceSnapshot = recovered.JournalBytes;
    }

    public void Append(TEntry entry)
    {
        lock (this)
        {
            (_staged ??= []).Add(entry);
        }
    }

    public Task WriteAsync() => CommitAsync();

    protected override bool TryTakeWrite(out byte[] bytes, out long expected)
    {
        expected = Position;
        if (_staged is not { Count: > 0 })
        {
            bytes = [];
            return false;
        }

        bytes = TakeSegmentLocked();
        return true;
    }

    protected override Task<long> WriteBatchAsync(byte[] bytes, long expected) =>
        _journal.AppendAsync(Key, expected, bytes, CancellationToken.None);

    protected override void OnWritten(long result, int bytes)
    {
        Position = result;
        _bytesSinceSnapshot += bytes;
    }

    /// <summary>The journal since the last snapshot has outgrown it (and a minimum); read under the lock.</summary>
    private bool SnapshotIsDueLocked => _bytesSinceSnapshot >= Math.Max(MinSnapshotInterval, 2 * _lastSnapshotBytes);

    protected override void OnQuiet()
    {
        lock (this)
        {
            if (!_snapshotRunning && _snapshotTimer is null && SnapshotIsDueLocked)
            {
                ScheduleSnapshotLocked();
            }
        }
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
