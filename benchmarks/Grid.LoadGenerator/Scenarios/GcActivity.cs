namespace Grid.LoadGenerator.Scenarios;

/// <summary>The process's garbage collections by generation and the time they paused it; a difference of two is a run's.</summary>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    /// <summary>Collections so far (a gen1 collection also counts as gen0, as the runtime counts them).</summary>
    public static GcActivity Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcActivity operator -(GcActivity end, GcActivity start) =>
        new(end.Gen0 - start.Gen0, end.Gen1 - start.Gen1, end.Gen2 - start.Gen2, end.Pause - start.Pause);
}
