using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Reminders;

internal sealed partial class ReminderService
{
    // Re-registering leaves stale copies in the due queue until their time comes; past this many, the queue is rebuilt.
    private const int StaleAllowance = 1024;

    private void OnTick()
    {
        var scan = false;
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            scan = StartScanIfDueLocked(_runtime.TimeProvider.GetUtcNow());
        }

        if (scan)
        {
            _ = ScanAsync();
        }

        DeliverDue();
    }

    /// <summary>Dispatches every reminder whose time has come.</summary>
    private void DeliverDue()
    {
        List<ScheduledReminder>? due = null;
        DateTimeOffset now;
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            now = _runtime.TimeProvider.GetUtcNow();
            while (_due.TryPeek(out var reminder, out var at) && at <= now)
            {
                _due.Dequeue();
                if (IsCurrentLocked(reminder, at))
                {
                    reminder.InFlight = true;
                    _operations++;
                    (due ??= []).Add(reminder);
                }
            }
        }

        if (due is null)
        {
            return;
        }

        // Call deadlines are stamped from the coarse clock, which only the deadline sweep refreshes; after a jump of the
        // clock a stale reading would time a delivery out at once.
        _runtime.Dispatcher.Clock.Refresh();

        // Outside the lock and after the queue scan: a delivery that fails at once is queued again for the next tick.
        foreach (var reminder in due)
        {
            _ = DeliverAsync(reminder, now);
        }
    }

    private async Task DeliverAsync(ScheduledReminder reminder, DateTimeOffset now)
    {
        var entry = reminder.Entry;
        var tickTime = entry.LatestTickAtOrBefore(now);
        Exception? failure = null;
        try
        {
            // The reminder targets the grain's own id; the catalog activates its class, which implements IRemindable.
            var grain = _runtime.GrainFactory.GetReference<IRemindable>(entry.Key.GrainId);
            await grain.ReceiveReminder(entry.Key.Name, new ReminderTick(entry.StartAt, tickTime, entry.Period)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
            LogDeliveryFailed(_runtime.Logger, ex, entry.Key);
        }

        _runtime.Metrics.RecordReminder(entry.Key.GrainId.Type.Value, failed: failure is not null);
        try
        {
            if (failure is null && entry.IsOneShot)
            {
                await RetireAsync(reminder).ConfigureAwait(false);
            }
            else
            {
                lock (_lock)
                {
                    // A failed tick keeps its due time, so the next tick retries it.
                    RequeueLocked(reminder, failure is null ? tickTime + entry.Period : reminder.NextDue);
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                EndOperationLocked();
            }
        }
    }

    /// <summary>A one-shot reminder fired: it leaves the schedule and the table, unless the grain registered it anew meanwhile.</summary>
    private async Task RetireAsync(ScheduledReminder reminder)
    {
        var entry = reminder.Entry;
        lock (_lock)
        {
            reminder.InFlight = false;
            if (_schedule.TryGetValue(entry.Key, out var current) && ReferenceEquals(current, reminder))
            {
                _schedule.Remove(entry.Key);
            }
        }

        try
        {
            // Conditional on the version delivered, so a newer registration of the same name survives.
            await Volatile.Read(ref _table)!.DeleteAsync(entry.Key, entry.Version, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogRetireFailed(_runtime.Logger, ex, entry.Key);
        }
    }

    private void RequeueLocked(ScheduledReminder reminder, DateTimeOffset nextDue)
    {
        reminder.InFlight = false;
        if (_stopped || !_schedule.TryGetValue(reminder.Entry.Key, out var current) || !ReferenceEquals(current, reminder))
        {
            // Stopped, unregistered or replaced while it was delivered.
            return;
        }

        if (nextDue > _coveredUntil)
        {
            // Beyond the horizon: the table keeps it, and the scan that reaches its time brings it back.
            _schedule.Remove(reminder.Entry.Key);
            return;
        }

        reminder.NextDue = nextDue;
        _due.Enqueue(reminder, nextDue);
    }

    /// <summary>
    /// Schedules a reminder unless the schedule holds a newer version of it (or the same version, unless
    /// <paramref name="replaceSameVersion"/>: a registration is the authority on the version it wrote). A reminder due beyond
    /// the horizon leaves the in-memory schedule.
    /// </summary>
    private void ScheduleLocked(ReminderEntry entry, DateTimeOffset nextDue, bool replaceSameVersion)
    {
        if (_stopped)
        {
            return;
        }

        _schedule.TryGetValue(entry.Key, out var existing);
        if (existing is not null
            && (existing.Entry.Version > entry.Version || (existing.Entry.Version == entry.Version && !replaceSameVersion)))
        {
            return;
        }

        if (nextDue > _coveredUntil)
        {
            // Its queued copy, if any, is now stale and is skipped when it comes up.
            _schedule.Remove(entry.Key);
            return;
        }

        var reminder = new ScheduledReminder(entry, nextDue);
        _schedule[entry.Key] = reminder;
        _due.Enqueue(reminder, nextDue);
        if (_due.Count > (2 * _schedule.Count) + StaleAllowance)
        {
            _due.Clear();
            foreach (var scheduled in _schedule.Values)
            {
                if (!scheduled.InFlight)
                {
                    _due.Enqueue(scheduled, scheduled.NextDue);
                }
            }
        }
    }

    private bool IsCurrentLocked(ScheduledReminder reminder, DateTimeOffset queuedFor) =>
        !reminder.InFlight
        && reminder.NextDue == queuedFor
        && _schedule.TryGetValue(reminder.Entry.Key, out var current)
        && ReferenceEquals(current, reminder);

    /// <summary>A delivery or scan finished; the service is idle when none remain.</summary>
    private void EndOperationLocked()
    {
        if (--_operations == 0 && _idle is { } idle)
        {
            _idle = null;
            idle.TrySetResult();
        }
    }

    private Task WhenIdleLocked()
    {
        if (_operations == 0)
        {
            return Task.CompletedTask;
        }

        return (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Reminder} could not be delivered; the next tick retries it.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, ReminderKey reminder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "One-shot reminder {Reminder} fired but could not be deleted; it may fire again after a restart.")]
    private static partial void LogRetireFailed(ILogger logger, Exception exception, ReminderKey reminder);
}
