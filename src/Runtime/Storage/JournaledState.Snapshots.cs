using Grid.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Storage;

internal sealed partial class JournaledState<TState, TEntry>
{
    /// <summary>
    /// Serializing a large state holds the grain's turn, so a snapshot waits until the grain has no calls (checked every
    /// <see cref="SnapshotRetryDelay"/>) unless the journal since the last one has grown past <see cref="ForcedSnapshotBytes"/>.
    /// </summary>
    private void ScheduleSnapshot()
    {
        var timer = Activation.Runtime.TimeProvider.CreateTimer(
            static state => ((JournaledState<TState, TEntry>)state!).Activation.RunOnTurn(
                static s => ((JournaledState<TState, TEntry>)s!).StartSnapshot(), state),
            this,
            SnapshotRetryDelay,
            Timeout.InfiniteTimeSpan);
        lock (this)
        {
            _snapshotTimer?.Dispose();
            _snapshotTimer = timer;
        }
    }

    private void StartSnapshot()
    {
        byte[] snapshot;
        long position;
        long expectedVersion;
        lock (this)
        {
            // Only a state with nothing staged or in flight equals the journal at a position; otherwise try after a later append.
            if (!CommitIsIdle || _staged is { Count: > 0 })
            {
                _snapshotRunning = false;
                return;
            }

            if (!Activation.IsQuiet && _bytesSinceSnapshot < ForcedSnapshotBytes && Activation.IsValid)
            {
                ScheduleSnapshot();
                return;
            }

            snapshot = SerializeSnapshotLocked();
            position = Position;
            expectedVersion = _snapshotVersion;
        }

        _ = SaveSnapshotAsync(snapshot, position, expectedVersion);
    }

    private byte[] SerializeSnapshotLocked()
    {
        using var writer = new WireWriter(64 * 1024);
        writer.WriteVarInt64(Position);
        Codec<TState>.Write(writer, State);
        return writer.ToArray();
    }

    private async Task SaveSnapshotAsync(byte[] snapshot, long position, long expectedVersion)
    {
        try
        {
            var version = await Storage.WriteAsync(Key, snapshot, expectedVersion, CancellationToken.None).ConfigureAwait(false);
            lock (this)
            {
                _snapshotVersion = version;
                _lastSnapshotBytes = snapshot.Length;
                _bytesSinceSnapshot = 0;
            }

            await _journal.TruncateAsync(Key, position, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageConflictException ex)
        {
            Activation.OnStorageFailed(ex);
        }
        catch (Exception ex)
        {
            // The journal still holds every entry; the next snapshot will try again.
            LogSnapshotFailed(Activation.Runtime.Logger, ex, Key.ToString());
        }
        finally
        {
            lock (this)
            {
                _snapshotRunning = false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A snapshot of journaled state {Key} failed; the journal keeps every entry.")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, string key);
}
