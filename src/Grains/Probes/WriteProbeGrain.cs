using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Probes;

internal sealed class WriteProbeGrain([PersistentState("probe")] IPersistentState<WriteProbeState> probe) : Grain, IWriteProbeGrain
{
    public async Task<long> IncrementAsync()
    {
        var count = ++probe.State.Count;
        await probe.WriteStateAsync();
        return count;
    }

    public Task<long> GetAsync() => Task.FromResult(probe.State.Count);
}
