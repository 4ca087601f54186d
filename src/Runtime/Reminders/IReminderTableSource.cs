namespace Grid.Runtime.Reminders;

/// <summary>
/// A grain storage provider that keeps reminders beside grain state. The silo's reminders live in the table of its
/// "Default" storage, so they survive restarts exactly when grain state does.
/// </summary>
internal interface IReminderTableSource
{
    /// <summary>The reminder table in the same backing store; one instance per storage instance.</summary>
    IReminderTable ReminderTable { get; }
}
