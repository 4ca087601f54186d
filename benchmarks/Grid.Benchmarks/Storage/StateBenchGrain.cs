using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Benchmarks.Storage;

internal sealed class StateBenchGrain([PersistentState("bench")] IPersistentState<BenchState> bench) : Grain, IStateBenchGrain
{
    public async Task<long> ReadModifyWriteAsync(int seed)
    {
        await bench.ReadStateAsync();
        bench.State.Payload[seed % bench.State.Payload.Length]++;
        var writes = ++bench.State.Writes;
        await bench.WriteStateAsync();
        return writes;
    }

    public async Task<long> GroupCommitAsync()
    {
        var writes = ++bench.State.Writes;
        await bench.WriteStateAsync();
        return writes;
    }

    public async Task<long> OneWritePerCallAsync()
    {
        var writes = ++bench.State.Writes;

        // Off the grain's context the write cannot hand the turn to the next call: the grain waits for its own write.
        await Task.Run(bench.WriteStateAsync);
        return writes;
    }
}
