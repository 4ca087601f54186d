namespace Grid.Runtime.Reminders;

/// <summary>What a grain gets back for a registered reminder.</summary>
internal sealed record GrainReminder(string ReminderName, DateTimeOffset FirstTickDue, TimeSpan Period) : IGrainReminder
{
    public static GrainReminder From(ReminderEntry entry) => new(entry.Key.Name, entry.StartAt, entry.Period);
}
