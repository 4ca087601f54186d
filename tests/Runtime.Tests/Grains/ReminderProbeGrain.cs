using Grid.Runtime.Reminders;

namespace Grid.Runtime.Tests.Grains;

internal sealed class ReminderProbeGrain(ReminderProbe reminders, LifecycleProbe lifecycle) : Grain, IReminderProbeGrain, IRemindable
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        lifecycle.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        lifecycle.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, ReminderTick tick)
    {
        if (reminders.ShouldFail(GetPrimaryKeyString()))
        {
            reminders.Failed(GetPrimaryKeyString());
            throw new InvalidOperationException($"{reminderName} failed on purpose.");
        }

        reminders.Received(GetPrimaryKeyString(), reminderName, tick);
        return Task.CompletedTask;
    }

    public async Task<DateTimeOffset> RegisterAsync(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        var reminder = await RegisterOrUpdateReminder(reminderName, dueTime, period);
        return reminder.FirstTickDue;
    }

    public async Task UnregisterAsync(string reminderName)
    {
        var reminder = await GetReminder(reminderName);
        if (reminder is not null)
        {
            await UnregisterReminder(reminder);
        }
    }

    public async Task<TimeSpan?> PeriodOfAsync(string reminderName) => (await GetReminder(reminderName))?.Period;

    public Task BarrierAsync() => Task.CompletedTask;

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
