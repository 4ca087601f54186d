namespace Grid.Runtime.Reminders;

/// <summary>A reminder in a silo's in-memory schedule. Mutable only under the service's lock.</summary>
internal sealed class ScheduledReminder(ReminderEntry entry, DateTimeOffset nextDue)
{
    public ReminderEntry Entry { get; } = entry;

    /// <summary>When the next delivery is due; a queued copy with another time is stale.</summary>
    public DateTimeOffset NextDue { get; set; } = nextDue;

    /// <summary>True from dispatch until the outcome is handled; an in-flight reminder is not in the due queue.</summary>
    public bool InFlight { get; set; }
}
