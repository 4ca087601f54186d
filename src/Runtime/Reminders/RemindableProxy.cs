using Grid.Runtime.Invocation;

namespace Grid.Runtime.Reminders;

/// <summary>The proxy of <see cref="IRemindable"/>, shaped like the ones the generator emits.</summary>
internal sealed class RemindableProxy(GrainReferenceArgs args) : GrainReference(args), IRemindable
{
    Task IRemindable.ReceiveReminder(string reminderName, ReminderTick tick) =>
        InvokeVoidAsync(new ReceiveReminderRequest { ReminderName = reminderName, Tick = tick }).AsTask();
}
