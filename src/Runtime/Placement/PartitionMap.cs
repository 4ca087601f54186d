using Grid.Runtime.Identity;

namespace Grid.Runtime.Placement;

/// <summary>Which silo owns each partition. Partitions are dealt round-robin over the members in address order.</summary>
internal sealed class PartitionMap
{
    private readonly SiloAddress[] _owners;

    public PartitionMap(int partitionCount, IReadOnlyList<SiloAddress> silos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        if (silos.Count == 0)
        {
            throw new InvalidOperationException("A cluster needs at least one silo.");
        }

        var ordered = silos.OrderBy(s => s.Endpoint, StringComparer.Ordinal).ThenBy(s => s.Generation).ToArray();
        _owners = new SiloAddress[partitionCount];
        for (var partition = 0; partition < partitionCount; partition++)
        {
            _owners[partition] = ordered[partition % ordered.Length];
        }
    }

    public int PartitionCount => _owners.Length;

    public SiloAddress OwnerOf(int partition) => _owners[partition];

    public IEnumerable<int> PartitionsOf(SiloAddress silo)
    {
        for (var partition = 0; partition < _owners.Length; partition++)
        {
            if (_owners[partition] == silo)
            {
                yield return partition;
            }
        }
    }
}
