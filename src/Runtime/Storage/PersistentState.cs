using System.Globalization;
using Grid.Runtime.Activation;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Storage;

/// <summary>A grain's durable state, written whole, group-committed through <see cref="GroupCommit"/>.</summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>, IStateLifecycle, IGroupCommitOwner
    where TState : new()
{
    // Locks on itself (the class is internal): the version and the batches change together under it.
    private readonly object _gate;
    private readonly GrainActivation _activation;
    private readonly IGrainStorage _storage;
    private readonly StateKey _key;
    private readonly GroupCommit _commit;
    private long _version;

    public PersistentState(GrainActivation activation, IGrainStorage storage, StateKey key)
    {
        _gate = this;
        _activation = activation;
        _storage = storage;
        _key = key;
        _commit = new GroupCommit(_gate, activation, this, key.GrainType, storage.Kind);
    }

    public TState State { get; set; } = new();

    public string? Etag => _version == 0 ? null : _version.ToString(CultureInfo.InvariantCulture);

    public bool RecordExists { get; private set; }

    public bool LoadsOnActivation => true;

    public Task LoadAsync() => ReadStateAsync();

    public Task OnDeactivatedAsync() => Task.CompletedTask;

    public async Task ReadStateAsync()
    {
        lock (_gate)
        {
            if (!_commit.IsIdle)
            {
                throw new InvalidOperationException($"State {_key} cannot be reloaded while a write is in flight.");
            }
        }

        var stored = await _storage.ReadAsync(_key, CancellationToken.None).ConfigureAwait(true);
        _version = stored?.Version ?? 0;
        RecordExists = stored?.Data is not null;
        State = stored?.Data is { } data ? Codec<TState>.Read(new WireReader(data)) : new TState();
    }

    public Task WriteStateAsync() => _commit.CommitAsync();

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

    bool IGroupCommitOwner.TryTakeWrite(out byte[] bytes, out long expected)
    {
        using var writer = new WireWriter();
        Codec<TState>.Write(writer, State);
        bytes = writer.ToArray();
        expected = _version;
        return true;
    }

    Task<long> IGroupCommitOwner.WriteAsync(byte[] bytes, long expected) =>
        _storage.WriteAsync(_key, bytes, expected, CancellationToken.None);

    void IGroupCommitOwner.OnWritten(long result, int bytes)
    {
        _version = result;
        RecordExists = true;
    }

    void IGroupCommitOwner.OnQuiet()
    {
    }

    private async Task WhenWritesSettledAsync()
    {
        while (true)
        {
            Task? pending;
            lock (_gate)
            {
                pending = _commit.Pending;
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
}
