using Grid.Runtime;

namespace Grid.Grains.Probes;

/// <summary>
/// An ops probe for durability: each increment is acknowledged only once it is on disk, so a count read back after a
/// crash is never below the last acknowledged one.
/// </summary>
public interface IWriteProbeGrain : IGrainWithStringKey
{
    /// <summary>Adds one and returns the new, durable count.</summary>
    Task<long> IncrementAsync();

    /// <summary>The durable count.</summary>
    Task<long> GetAsync();
}
