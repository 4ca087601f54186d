using System.Collections.Concurrent;
using Grid.Runtime.Hosting;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;

namespace Grid.Runtime.Activation;

/// <summary>The silo's table of live activations, one per grain id.</summary>
internal sealed class Catalog
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly ConcurrentDictionary<GrainType, ActivationCounter> _counts = new();
    private readonly SiloRuntime _runtime;
    private TaskCompletionSource? _emptySignal;

    public Catalog(SiloRuntime runtime)
    {
        _runtime = runtime;
    }

    public int Count => _activations.Count;

    public ICollection<GrainActivation> Activations => _activations.Values;

    public IEnumerable<KeyValuePair<GrainType, long>> CountsByGrainType =>
        _counts.Select(pair => KeyValuePair.Create(pair.Key, Volatile.Read(ref pair.Value.Value)));

    public GrainActivation GetOrCreate(GrainId grainId)
    {
        if (_activations.TryGetValue(grainId, out var existing))
        {
            return existing;
        }

        if (!GrainRegistry.TryGetClass(grainId.Type, out var grainClass))
        {
            throw new InvalidOperationException($"No grain class implements grain type '{grainId.Type}' in this silo.");
        }

        var created = new GrainActivation(grainId, grainClass, _runtime);
        var winner = _activations.GetOrAdd(grainId, created);
        if (ReferenceEquals(winner, created))
        {
            created.ScheduleActivation();
        }

        return winner;
    }

    public bool TryGet(GrainId grainId, out GrainActivation activation) => _activations.TryGetValue(grainId, out activation!);

    public void Remove(GrainActivation activation)
    {
        if (_activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation)) && _activations.IsEmpty)
        {
            Volatile.Read(ref _emptySignal)?.TrySetResult();
        }
    }

    /// <summary>Completes when no activation is left.</summary>
    public Task WhenEmptyAsync()
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _emptySignal, signal);
        if (_activations.IsEmpty)
        {
            signal.TrySetResult();
        }

        return signal.Task;
    }

    public void OnActivated(GrainActivation activation) =>
        Interlocked.Increment(ref _counts.GetOrAdd(activation.GrainId.Type, static _ => new ActivationCounter()).Value);

    public void OnDeactivated(GrainActivation activation) =>
        Interlocked.Decrement(ref _counts.GetOrAdd(activation.GrainId.Type, static _ => new ActivationCounter()).Value);

    private sealed class ActivationCounter
    {
        public long Value;
    }
}
