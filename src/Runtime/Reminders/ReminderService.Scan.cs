using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Reminders;

/// <summary>
/// The horizon scan. Invariant: every reminder of this silo's partitions with a tick due at or before
/// <see cref="_coveredUntil"/> is in the in-memory schedule; later ones may be only in the table. A scan reads the rows that
/// start by the new horizon and schedules, for each one missing from memory, its first tick after the old horizon (ticks up
/// to the old horizon were in memory and have been delivered).
/// </summary>
internal sealed partial class ReminderService
{
    private DateTimeOffset _coveredUntil;
    private DateTimeOffset _nextScanAt;
    private bool _scanning;

    // Reminders registered (the entry) or unregistered (null) while a scan reads the table: the scan's copy may be stale.
    private Dictionary<ReminderKey, ReminderEntry?>? _changedDuringScan;

    private bool StartScanIfDueLocked(DateTimeOffset now)
    {
        if (_scanning || _table is null || now < _nextScanAt)
        {
            return false;
        }

        _scanning = true;
        _changedDuringScan = [];
        _operations++;
        return true;
    }

    private async Task ScanAsync()
    {
        var now = _runtime.TimeProvider.GetUtcNow();
        var until = now + Horizon;
        try
        {
            var entries = await _table!.ReadAllAsync(_owned, until, CancellationToken.None).ConfigureAwait(false);
            var added = 0;
            lock (_lock)
            {
                var previous = _coveredUntil;
                _coveredUntil = until;
                _nextScanAt = now + ScanInterval;
                var changed = _changedDuringScan!;
                foreach (var entry in entries)
                {
                    if (!changed.ContainsKey(entry.Key) && BringInLocked(entry, previous, now))
                    {
                        added++;
                    }
                }

                // A registration made during the read left memory if it fell beyond the old horizon; it may be within the new one.
                foreach (var entry in changed.Values)
                {
                    if (entry is not null && BringInLocked(entry, previous, now))
                    {
                        added++;
                    }
                }
            }

            if (added > 0)
            {
                LogScanned(_runtime.Logger, _runtime.Self, added, until);
            }
        }
        catch (Exception ex)
        {
            LogScanFailed(_runtime.Logger, ex, _runtime.Self, ScanRetry.TotalSeconds);
            lock (_lock)
            {
                _nextScanAt = now + ScanRetry;
            }
        }
        finally
        {
            lock (_lock)
            {
                _scanning = false;
                _changedDuringScan = null;
                EndOperationLocked();
            }
        }

        // Reminders that came in already due go out now rather than at the next tick.
        DeliverDue();
    }

    /// <summary>Schedules a reminder missing from memory whose first tick after <paramref name="previous"/> is within the horizon.</summary>
    private bool BringInLocked(ReminderEntry entry, DateTimeOffset previous, DateTimeOffset now)
    {
        if (_schedule.ContainsKey(entry.Key) || entry.FirstTickAfter(previous) is not { } next || next > _coveredUntil)
        {
            return false;
        }

        // A scan that came late (a stalled process, a jump of the clock) delivers the latest tick now.
        ScheduleLocked(entry, next <= now ? entry.LatestTickAtOrBefore(now) : next, replaceSameVersion: false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Silo {Address} brought {Count} reminders due by {Until} into its schedule.")]
    private static partial void LogScanned(ILogger logger, Runtime.Identity.SiloAddress address, int count, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Address} could not scan its reminder table; retrying in {Seconds} s. Reminders due beyond the in-memory horizon wait for it.")]
    private static partial void LogScanFailed(ILogger logger, Exception exception, Runtime.Identity.SiloAddress address, double seconds);
}
