using Grid.Runtime.Reminders;
using Microsoft.Extensions.Logging;

namespace Grid.Grains.Inventory;

/// <summary>
/// Holds expire on time: a durable reminder wakes the grain every minute while it holds any reservation (even when it
/// was deactivated, or after a restart), and once the earliest expiry is near, a one-shot timer releases it on the
/// second. A far-off expiry arms no timer, which keeps idle grains small.
/// </summary>
internal sealed partial class InventoryGrain
{
    private const string ExpiryReminder = "inventory-expiry";
    private static readonly TimeSpan ExpiryReminderPeriod = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TimerHorizon = TimeSpan.FromMinutes(2);

    private IDisposable? _expiryTimer;
    // UTC ticks, 0 for none: two longs instead of two nullable DateTimeOffsets on every grain.
    private long _timerDueTicks;
    private long _scheduledForTicks;
    private bool _reminderRegistered;

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
            if (next is not null && !_reminderRegistered)
            {
                await RegisterOrUpdateReminder(ExpiryReminder, ExpiryReminderPeriod, ExpiryReminderPeriod);
                _reminderRegistered = true;
            }
            else if (next is null && _reminderRegistered)
            {
                await UnregisterReminder(ExpiryReminder);
                _reminderRegistered = false;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogReminderFailed(loggers.CreateLogger<InventoryGrain>(), ex, _ledger.Key.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The expiry reminder of {Key} could not be updated; holds still expire on time while it is active.")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string key);
}
