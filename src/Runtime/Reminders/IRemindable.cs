namespace Grid.Runtime.Reminders;

/// <summary>
/// Implemented by a grain class that registers durable reminders: the runtime calls <see cref="ReceiveReminder"/> as a
/// turn of the grain, activating it first when needed.
/// </summary>
public interface IRemindable : IGrainWithStringKey
{
    /// <summary>Receives one tick of a reminder. Throwing makes the runtime deliver the tick again a second later.</summary>
    Task ReceiveReminder(string reminderName, ReminderTick tick);
}
