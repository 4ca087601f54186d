using Grid.Runtime.Hosting;

namespace Grid.Runtime.Activation;

/// <summary>Deactivates activations that have been idle longer than the collection age, every collection quantum.</summary>
internal sealed class ActivationCollector : IDisposable
{
    private readonly SiloRuntime _runtime;
    private readonly ITimer _timer;
    private int _running;

    public ActivationCollector(SiloRuntime runtime)
    {
        _runtime = runtime;
        var quantum = runtime.Options.CollectionQuantum;
        _timer = runtime.TimeProvider.CreateTimer(static state => ((ActivationCollector)state!).Collect(), this, quantum, quantum);
    }

    public int Collect()
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            return 0;
        }

        try
        {
            var timeProvider = _runtime.TimeProvider;
            var ageTicks = (long)(_runtime.Options.CollectionAge.TotalSeconds * timeProvider.TimestampFrequency);
            var cutoff = timeProvider.GetTimestamp() - ageTicks;
            var collected = 0;
            foreach (var activation in _runtime.Catalog.Activations)
            {
                if (activation.TryCollectIfIdle(cutoff))
                {
                    collected++;
                }
            }

            return collected;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    public void Dispose() => _timer.Dispose();
}
