using System.Collections.Concurrent;
using Grid.Runtime.Reminders;

namespace Grid.Runtime.Tests.Grains;

/// <summary>Records reminder ticks per grain key so tests can await them instead of sleeping.</summary>
public sealed class ReminderProbe
{
    private readonly ConcurrentDictionary<string, Ticks> _ticks = new();
    private readonly ConcurrentDictionary<string, int> _failuresToInject = new();

    /// <summary>Ticks received by the grain with this key, in order.</summary>
    public IReadOnlyList<(string Name, ReminderTick Tick)> TicksOf(string key) => For(key).Snapshot();

    /// <summary>Completes once the grain has received <paramref name="count"/> ticks.</summary>
    public Task WhenTicks(string key, int count) => For(key).When(count, failed: false);

    /// <summary>Completes once <paramref name="count"/> deliveries to the grain have thrown.</summary>
    public Task WhenFailures(string key, int count) => For(key).When(count, failed: true);

    /// <summary>Makes the grain's next <paramref name="count"/> ticks throw.</summary>
    public void FailNext(string key, int count) => _failuresToInject[key] = count;

    internal bool ShouldFail(string key)
    {
        while (_failuresToInject.TryGetValue(key, out var left) && left > 0)
        {
            if (_failuresToInject.TryUpdate(key, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    internal void Received(string key, string name, ReminderTick tick) => For(key).Add(name, tick);

    internal void Failed(string key) => For(key).AddFailure();

    private Ticks For(string key) => _ticks.GetOrAdd(key, _ => new Ticks());

    private sealed class Ticks
    {
        private readonly Lock _lock = new();
        private readonly List<(string Name, ReminderTick Tick)> _received = [];
        private readonly List<(int Count, bool Failed, TaskCompletionSource Signal)> _waiters = [];
        private int _failures;

        public IReadOnlyList<(string Name, ReminderTick Tick)> Snapshot()
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }

        public Task When(int count, bool failed)
        {
            lock (_lock)
            {
                if ((failed ? _failures : _received.Count) >= count)
                {
                    return Task.CompletedTask;
                }

                var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, failed, signal));
                return signal.Task;
            }
        }

        public void Add(string name, ReminderTick tick)
        {
            lock (_lock)
            {
                _received.Add((name, tick));
                Release();
            }
        }

        public void AddFailure()
        {
            lock (_lock)
            {
                _failures++;
                Release();
            }
        }

        private void Release()
        {
            _waiters.RemoveAll(waiter =>
            {
                if ((waiter.Failed ? _failures : _received.Count) < waiter.Count)
                {
                    return false;
                }

                waiter.Signal.TrySetResult();
                return true;
            });
        }
    }
}
