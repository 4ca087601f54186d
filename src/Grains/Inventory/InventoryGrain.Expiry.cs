using Grid.Runtime.Reminders;
using Microsoft.Extensions.Logging;

namespace Grid.Grains.Inventory;

/// <summary>
/// Holds expire on time: a durable reminder, registered for the earliest expiry and then ticking every minute until the
/// grain moves it, wakes the grain even when it was deactivated or the silo restarted; once the earliest expiry is near, a
/// one-shot timer releases it on the second. A far-off expiry arms no timer, and its reminder waits in the reminder table
/// rather than in the silo's memory, which keeps idle grains small.
/// </summary>
internal sealed partial class InventoryGrain
{
    private const string ExpiryReminder = "inventory-expiry";
    private static readonly TimeSpan ExpiryReminderPeriod = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TimerHorizon = TimeSpan.FromMinutes(2);

    private IDisposable? _expiryTimer;
    // UTC ticks, 0 for none: longs instead of nullable DateTimeOffsets on every grain.
    private long _timerDueTicks;
    private long _scheduledForTicks;
    private long _reminderDueTicks;

    public Task ReceiveReminder(string reminderName, ReminderTick tick) =>
        reminderName == ExpiryReminder ? ExpireNowAsync() : Task.CompletedTask;

    private async Task ExpireNowAsync()
    {
        var now = TimeProvider.GetUtcNow();
        _ledger.ExpireDue(now);
        journal.Append(new InventoryJournalEntry(now, null));
        await PersistAsync();
        await ScheduleExpiryAsync();
    }

    private async Task ScheduleExpiryAsync()
    {
        var next = _ledger.NextExpiry;
        var now = TimeProvider.GetUtcNow();
        var armAt = next is { } soonest && soonest - now <= TimerHorizon ? next : null;
        if ((armAt?.UtcTicks ?? 0) != _timerDueTicks)
        {
            _expiryTimer?.Dispose();
            _expiryTimer = null;
            _timerDueTicks = armAt?.UtcTicks ?? 0;
            if (armAt is { } due)
            {
                var wait = due - now;
                _expiryTimer = RegisterGrainTimer(_ => ExpireNowAsync(), wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        _scheduledForTicks = next?.UtcTicks ?? 0;

        // The change that led here is already durable and acknowledged; a reminder that cannot be written now is retried
        // with the next change, and the timer still expires holds while the grain is active.
        try
        {
            if (next is { } earliest && ReminderNeedsMove(earliest, now))
            {
                var reminder = await RegisterOrUpdateReminder(ExpiryReminder, Max(earliest - now, TimeSpan.Zero), ExpiryReminderPeriod);
                _reminderDueTicks = reminder.FirstTickDue.UtcTicks;
            }
            else if (next is null && _reminderDueTicks != 0)
            {
                await UnregisterReminder(ExpiryReminder);
                _reminderDueTicks = 0;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogReminderFailed(loggers.CreateLogger<InventoryGrain>(), ex, _ledger.Key.ToString());
        }
    }

    /// <summary>
    /// The reminder moves when there is none, when a hold expires before it is due, or when it has fired and the next expiry
    /// is more than a period away (nearer ones are caught by its next periodic tick). A reserve behind the earliest hold, the
    /// common case, writes nothing.
    /// </summary>
    private bool ReminderNeedsMove(DateTimeOffset earliest, DateTimeOffset now) =>
        _reminderDueTicks == 0
        || earliest.UtcTicks < _reminderDueTicks
        || (_reminderDueTicks <= now.UtcTicks && earliest - now > ExpiryReminderPeriod);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The expiry reminder of {Key} could not be updated; holds still expire on time while it is active.")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string key);
}
