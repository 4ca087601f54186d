using Microsoft.Extensions.Time.Testing;

namespace Grid.Api.Tests.Testing;

/// <summary>
/// A fake clock that also tells a test when code under test started waiting for a given time (created a timer due
/// after it), so the test advances the clock exactly when something waits on it: no sleeping, no polling.
/// </summary>
internal sealed class ObservedTimeProvider(FakeTimeProvider? clock = null) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _created = [];
    private readonly List<(TimeSpan DueTime, int Count, TaskCompletionSource Seen)> _waiters = [];

    /// <summary>The clock behind it: the one given, or a fake one of its own.</summary>
    public FakeTimeProvider Clock { get; } = clock ?? new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public override long TimestampFrequency => Clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Clock.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

    public override long GetTimestamp() => Clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Clock.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> seen;
        lock (_lock)
        {
            _created.Add(dueTime);
            var count = Count(dueTime);
            var done = _waiters.Where(w => w.DueTime == dueTime && w.Count <= count).ToList();
            _waiters.RemoveAll(done.Contains);
            seen = [.. done.Select(w => w.Seen)];
        }

        seen.ForEach(s => s.TrySetResult());
        return timer;
    }

    /// <summary>Timers created so far that were due after <paramref name="dueTime"/>.</summary>
    public int TimersDueAfter(TimeSpan dueTime)
    {
        lock (_lock)
        {
            return Count(dueTime);
        }
    }

    /// <summary>Completes once <paramref name="count"/> timers due after <paramref name="dueTime"/> have been created.</summary>
    public Task WaitingForAsync(TimeSpan dueTime, int count = 1)
    {
        lock (_lock)
        {
            if (Count(dueTime) >= count)
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, count, seen));
            return seen.Task;
        }
    }

    private int Count(TimeSpan dueTime) => _created.Count(d => d == dueTime);
}
