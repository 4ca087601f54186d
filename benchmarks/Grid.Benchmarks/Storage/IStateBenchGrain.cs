using Grid.Runtime;

namespace Grid.Benchmarks.Storage;

public interface IStateBenchGrain : IGrainWithStringKey
{
    /// <summary>Reads the state from storage, changes it, and writes it back.</summary>
    Task<long> ReadModifyWriteAsync(int seed);

    /// <summary>Changes the state and makes it durable with group commit.</summary>
    Task<long> GroupCommitAsync();

    /// <summary>Changes the state and writes it holding the turn: one storage write per call, as Orleans grains do.</summary>
    Task<long> OneWritePerCallAsync();
}
