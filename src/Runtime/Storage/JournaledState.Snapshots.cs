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
        var timer = _activation.Runtime.TimeProvider.CreateTimer(
            static state => ((JournaledState<TState, TEntry>)state!)._activation.RunOnTurn(
                static s => ((JournaledState<TState, TEntry>)s!).StartSnapshot(), state),
            this,
            SnapshotRetryDelay,
            Timeout.InfiniteTimeSpan);
        lock (_lock)
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
        lock (_lock)
        {
            // Only a state with nothing staged or in flight equals the journal at a position; otherwise try after a later append.
            if (!_commit.IsIdle || _staged is { Count: > 0 })
            {
                _snapshotRunning = false;
                return;
            }

            if (!_activation.IsQuiet && _bytesSinceSnapshot < ForcedSnapshotBytes && _activation.IsValid)
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
            var version = await _snapshots.WriteAsync(_key, snapshot, expectedVersion, CancellationToken.None).ConfigureAwait(false);
            lock (_lock)
            {
                _snapshotVersion = version;
                _lastSnapshotBytes = snapshot.Length;
                _bytesSinceSnapshot = 0;
            }

            await _journal.TruncateAsync(_key, position, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageConflictException ex)
        {
            _activation.OnStorageFailed(ex);
        }
        catch (Exception ex)
        {
            // The journal still holds every entry; the next snapshot will try again.
            LogSnapshotFailed(_activation.Runtime.Logger, ex, _key.ToString());
        }
        finally
        {
            lock (_lock)
            {
                _snapshotRunning = false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A snapshot of journaled state {Key} failed; the journal keeps every entry.")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception exception, string key);
}
