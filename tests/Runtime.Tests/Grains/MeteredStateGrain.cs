using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Grains;

internal sealed class MeteredStateGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, IMeteredStateGrain
{
    public async Task<int> AddAsync(int delta)
    {
        var value = counter.State.Value += delta;
        await counter.WriteStateAsync();
        return value;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Value);
}
