namespace Grid.Runtime.Tests.Grains;

/// <summary>Registers reminders on itself and reports their ticks to the silo's <see cref="ReminderProbe"/>.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers or updates a reminder and returns its first due time.</summary>
    Task<DateTimeOffset> RegisterAsync(string reminderName, TimeSpan dueTime, TimeSpan period);

    Task UnregisterAsync(string reminderName);

    /// <summary>The reminder's period, or null when the grain has no reminder of that name.</summary>
    Task<TimeSpan?> PeriodOfAsync(string reminderName);

    /// <summary>Completes after every call queued to the grain before it, a reminder tick included.</summary>
    Task BarrierAsync();

    Task DeactivateAsync();
}
