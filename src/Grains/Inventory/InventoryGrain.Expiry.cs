using Grid.Runtime.Reminders;
using Microsoft.Extensions.Logging;

namespace Grid.Grains.Inventory;

/// <summary>
/// Holds expire on time while the grain is active (a one-shot timer at the earliest expiry) and even when it is not,
/// or after a restart (a durable reminder wakes it every minute while it holds any reservation).
/// </summary>
internal sealed partial class InventoryGrain
{
    private const string ExpiryReminder = "inventory-expiry";
    private static readonly TimeSpan ExpiryReminderPeriod = TimeSpan.FromMinutes(1);

    private IDisposable? _expiryTimer;
    private DateTimeOffset? _timerDue;
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
        if (next != _timerDue)
        {
            _expiryTimer?.Dispose();
            _expiryTimer = null;
            _timerDue = next;
            if (next is { } due)
            {
                var wait = due - TimeProvider.GetUtcNow();
                _expiryTimer = RegisterGrainTimer(_ => ExpireNowAsync(), wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

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
            LogReminderFailed(_logger, ex, _ledger.Key.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The expiry reminder of {Key} could not be updated; holds still expire on time while it is active.")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string key);
}
