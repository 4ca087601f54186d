namespace Grid.Runtime.Reminders;

/// <summary>One tick of a reminder, as its grain receives it.</summary>
/// <param name="FirstTickDue">When the reminder was first due (UTC).</param>
/// <param name="CurrentTickTime">
/// When this tick was due (UTC). Ticks missed while no silo delivered them collapse into one, which carries the latest of them.
/// </param>
/// <param name="Period">The time between ticks; <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot reminder.</param>
[Immutable]
public sealed record ReminderTick(DateTimeOffset FirstTickDue, DateTimeOffset CurrentTickTime, TimeSpan Period);
