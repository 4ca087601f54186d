namespace Grid.Runtime.Reminders;

/// <summary>One stored reminder.</summary>
/// <param name="Key">The grain and the reminder's name.</param>
/// <param name="Partition">The partition of the grain, so a silo can load the reminders of the partitions it owns.</param>
/// <param name="StartAt">When the first tick is due (UTC, millisecond precision).</param>
/// <param name="Period">The time between ticks; <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot reminder.</param>
/// <param name="Version">Advances on every upsert; a conditional delete names the version it saw.</param>
internal sealed record ReminderEntry(ReminderKey Key, int Partition, DateTimeOffset StartAt, TimeSpan Period, long Version)
{
    public bool IsOneShot => Period == Timeout.InfiniteTimeSpan;

    /// <summary>The latest tick due at or before <paramref name="now"/>, or the first tick when that is still ahead.</summary>
    public DateTimeOffset LatestTickAtOrBefore(DateTimeOffset now)
    {
        if (now <= StartAt || IsOneShot)
        {
            return StartAt;
        }

        var elapsedPeriods = (now - StartAt).Ticks / Period.Ticks;
        return StartAt + TimeSpan.FromTicks(elapsedPeriods * Period.Ticks);
    }

    /// <summary>The first tick due strictly after <paramref name="time"/>; null when a one-shot reminder's tick is not.</summary>
    public DateTimeOffset? FirstTickAfter(DateTimeOffset time)
    {
        if (StartAt > time)
        {
            return StartAt;
        }

        if (IsOneShot)
        {
            return null;
        }

        var periods = ((time - StartAt).Ticks / Period.Ticks) + 1;
        return StartAt + TimeSpan.FromTicks(periods * Period.Ticks);
    }
}
