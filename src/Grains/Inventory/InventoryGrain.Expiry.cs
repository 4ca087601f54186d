using Grid.Runtime.Reminders;

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

        if (next is not null && !_reminderRegistered)
        {
            _reminderRegistered = true;
            await RegisterOrUpdateReminder(ExpiryReminder, ExpiryReminderPeriod, ExpiryReminderPeriod);
        }
        else if (next is null && _reminderRegistered)
        {
            _reminderRegistered = false;
            await UnregisterReminder(ExpiryReminder);
        }
    }
}
