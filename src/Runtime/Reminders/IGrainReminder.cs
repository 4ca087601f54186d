namespace Grid.Runtime.Reminders;

/// <summary>A durable reminder registered by a grain.</summary>
public interface IGrainReminder
{
    /// <summary>The reminder's name, unique within its grain.</summary>
    string ReminderName { get; }

    /// <summary>When the first tick is due (UTC).</summary>
    DateTimeOffset FirstTickDue { get; }

    /// <summary>The time between ticks; <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot reminder.</summary>
    TimeSpan Period { get; }
}
