using Grid.LoadGenerator.Scenarios;

namespace Grid.LoadGenerator.Reporting;

/// <summary>The process's garbage collections during a run: how many of each generation, and how long they paused it.</summary>
internal sealed record GcReport(int Gen0, int Gen1, int Gen2, double PauseMs)
{
    public static GcReport Of(GcActivity gc) => new(gc.Gen0, gc.Gen1, gc.Gen2, Math.Round(gc.Pause.TotalMilliseconds, 1));

    public override string ToString() => FormattableString.Invariant($"{Gen0} collections ({Gen1} gen1, {Gen2} gen2) pausing {PauseMs:N1} ms");
}
