using System.Globalization;
using Grid.Runtime.Activation;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Storage;

/// <summary>A grain's durable state, written whole, group-committed through <see cref="GroupCommit"/>.</summary>
internal sealed class PersistentState<TState> : GroupCommit, IPersistentState<TState>, IStateLifecycle
    where TState : new()
{
    private long _version;

    public PersistentState(GrainActivation activation, IGrainStorage storage, StateKey key)
        : base(activation, key, storage)
    {
    }

    public TState State { get; set; } = new();

    public string? Etag => _version == 0 ? null : _version.ToString(CultureInfo.InvariantCulture);

    public bool RecordExists { get; private set; }

    public bool LoadsOnActivation => true;

    public Task LoadAsync() => ReadStateAsync();

    public Task OnDeactivatedAsync() => Task.CompletedTask;

    public async Task ReadStateAsync()
    {
        lock (this)
        {
            if (!CommitIsIdle)
            {
                throw new InvalidOperationException($"State {Key} cannot be reloaded while a write is in flight.");
            }
        }

        var stored = await Storage.ReadAsync(Key, CancellationToken.None).ConfigureAwait(true);
        _version = stored?.Version ?? 0;
        RecordExists = stored?.Data is not null;
        State = stored?.Data is { } data ? Codec<TState>.Read(new WireReader(data)) : new TState();
    }

    public Task WriteStateAsync() => CommitAsync();

    public async Task ClearStateAsync()
    {
        await WhenWritesSettledAsync().ConfigureAwait(true);
        try
        {
            _version = await Storage.ClearAsync(Key, _version, CancellationToken.None).ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            Activation.OnStorageFailed(ex);
            throw;
        }

        RecordExists = false;
        State = new TState();
    }

    protected override bool TryTakeWrite(out byte[] bytes, out long expected)
    {
        using var writer = new WireWriter();
        Codec<TState>.Write(writer, State);
        bytes = writer.ToArray();
        expected = _version;
        return true;
    }

    protected override Task<long> WriteBatchAsync(byte[] bytes, long expected) =>
        Storage.WriteAsync(Key, bytes, expected, CancellationToken.None);

    protected override void OnWritten(long result, int bytes)
    {
        _version = result;
        RecordExists = true;
    }

    private async Task WhenWritesSettledAsync()
    {
        while (true)
        {
            Task? pending;
            lock (this)
            {
                pending = PendingCommit;
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
