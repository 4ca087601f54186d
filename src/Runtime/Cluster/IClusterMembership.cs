using Grid.Runtime.Identity;

namespace Grid.Runtime.Cluster;

/// <summary>Which silos are members of the cluster. Static here; a PostgreSQL-backed table comes with multi-process clustering.</summary>
internal interface IClusterMembership
{
    IReadOnlyList<SiloAddress> ActiveSilos { get; }
}
