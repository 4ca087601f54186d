using System.Collections.Concurrent;

namespace Grid.Runtime.Tests.Grains;

/// <summary>Lets tests await grain lifecycle events instead of sleeping.</summary>
public sealed class LifecycleProbe
{
    private readonly ConcurrentDictionary<string, int> _activations = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DeactivationReason>> _deactivated = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();

    /// <summary>Completes once a gate grain's WaitAsync turn has started.</summary>
    public Task WhenWaiting(string key) => WaitingSignal(key).Task;

    internal void Waiting(string key) => WaitingSignal(key).TrySetResult();

    public int ActivationsOf(string key) => _activations.GetValueOrDefault(key);

    public Task<DeactivationReason> WhenDeactivated(string key) => Signal(key).Task;

    internal void Activated(string key)
    {
        _activations.AddOrUpdate(key, 1, (_, n) => n + 1);
        _deactivated.TryRemove(key, out _);
    }

    internal void Deactivated(string key, DeactivationReason reason) => Signal(key).TrySetResult(reason);

    private TaskCompletionSource WaitingSignal(string key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource<DeactivationReason> Signal(string key) =>
        _deactivated.GetOrAdd(key, _ => new TaskCompletionSource<DeactivationReason>(TaskCreationOptions.RunContinuationsAsynchronously));
}
