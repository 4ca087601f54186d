namespace Grid.Runtime.Scheduling;

/// <summary>
/// A timestamp refreshed by the deadline sweep rather than read per call: deadlines and idle ages only need the
/// sweep's resolution, and reading the clock on every call costs more than the rest of the bookkeeping.
/// </summary>
internal sealed class CoarseClock
{
    private readonly TimeProvider _timeProvider;
    private long _now;

    public CoarseClock(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _now = timeProvider.GetTimestamp();
    }

    public long Now => Volatile.Read(ref _now);

    public long Refresh()
    {
        var now = _timeProvider.GetTimestamp();
        Volatile.Write(ref _now, now);
        return now;
    }
}
