using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Grains;

internal sealed class DurableCounterGrain(
    [PersistentState("counter")] IPersistentState<CounterState> counter,
    LifecycleProbe probe) : Grain, IDurableCounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public async Task<int> AddAsync(int delta, string note)
    {
        counter.State.Value += delta;
        counter.State.History.Add(note);
        var value = counter.State.Value;
        await counter.WriteStateAsync();
        return value;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Value);

    public Task<IReadOnlyList<string>> HistoryAsync() => Task.FromResult<IReadOnlyList<string>>(counter.State.History.ToArray());

    public Task<string?> EtagAsync() => Task.FromResult(counter.Etag);

    public Task<bool> RecordExistsAsync() => Task.FromResult(counter.RecordExists);

    public Task ClearAsync() => counter.ClearStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
