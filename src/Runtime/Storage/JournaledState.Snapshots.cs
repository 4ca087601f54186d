using Grid.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Storage;

internal sealed partial class JournaledState<TState, TEntry>
{
    /// <summary>
    /// Serializing a large state holds the grain's turn, so a snapshot waits until the grain has no calls (checked every
    /// <see cref="SnapshotRetryDelay"/>) unless the journal since the last one has grown past <see cref="ForcedSnapshotBytes"/>.
    /// A pending snapshot is the timer; deactivation cancels it (and takes the snapshot itself).
    /// </summary>
    private void ScheduleSnapshotLocked()
    {
        _snapshotTimer?.Dispose();
        _snapshotTimer = Activation.Runtime.TimeProvider.CreateTimer(
            static state => ((JournaledState<TState, TEntry>)state!).Activation.RunOnTurn(
                static s => ((JournaledState<TState, TEntry>)s!).StartSnapshot(), state),
            this,
            SnapshotRetryDelay,
            Timeout.InfiniteTimeSpan);
    }

    private void StartSnapshot()
    {
        byte[] snapshot;
        long position;
        long expectedVersion;
        long covered;
        lock (this)
        {
            if (_snapshotTimer is null)
            {
                // Cancelled by deactivation, which takes the snapshot itself.
                return;
            }

            _snapshotTimer.Dispose();
            _snapshotTimer = null;

            // Only a state with nothing staged or in flight equals the journal at a position; the write in flight or the
            // next one schedules again once it is quiet.
            if (_snapshotRunning || !CommitIsIdle || _staged is { Count: > 0 })
            {
                return;
            }

            if (!Activation.IsQuiet && _bytesSinceSnapshot < ForcedSnapshotBytes && Activation.IsValid)
            {
                ScheduleSnapshotLocked();
                return;
            }

            _snapshotRunning = true;
            snapshot = SerializeSnapshotLocked();
            position = Position;
            expectedVersion = _snapshotVersion;
            covered = _bytesSinceSnapshot;
        }

        var save = SaveSnapshotAsync(snapshot, position, expectedVersion, covered);
        lock (this)
        {
            // This and deactivation both run on the grain's turn, so deactivation always sees the save it has to wait for.
            _snapshotSave = save;
        }
    }

    private byte[] SerializeSnapshotLocked()
    {
        using var writer = new WireWriter(64 * 1024);
        writer.WriteVarInt64(Position);
        Codec<TState>.Write(writer, State);
        return writer.ToArray();
    }

    /// <summary>Saves a snapshot at <paramref name="position"/>; <paramref name="covered"/> is the journal bytes it replaces.</summary>
    private async Task SaveSnapshotAsync(byte[] snapshot, long position, long expectedVersion, long covered)
    {
        try
        {
            var version = await Storage.WriteAsync(Key, snapshot, expectedVersion, CancellationToken.None).ConfigureAwait(false);
            lock (this)
            {
                _snapshotVersion = version;
                _lastSnapshotBytes = snapshot.Length;
                // Appends that became durable while the snapshot was written are still only in the journal.
                _bytesSinceSnapshot -= covered;
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
