using Grid.Runtime.Identity;

namespace Grid.Runtime.Cluster;

/// <summary>A fixed member list: one silo alone, or the silos of an in-process test cluster.</summary>
internal sealed class StaticClusterMembership : IClusterMembership
{
    public StaticClusterMembership(IReadOnlyList<SiloAddress> silos)
    {
        ActiveSilos = silos;
    }

    public IReadOnlyList<SiloAddress> ActiveSilos { get; }
}
