using Grid.Runtime.Identity;

namespace Grid.Runtime.Reminders;

/// <summary>Identifies one reminder: its grain and its name within the grain.</summary>
internal readonly record struct ReminderKey(GrainId GrainId, string Name)
{
    public override string ToString() => $"{GrainId}/{Name}";
}
