using Grid.Runtime.Identity;

namespace Grid.Runtime.Placement;

/// <summary>Maps a grain id to a partition with a hash that is stable across processes and versions (FNV-1a).</summary>
internal static class PartitionHasher
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int PartitionOf(GrainId grainId, int partitionCount)
    {
        var hash = OffsetBasis;
        hash = Mix(hash, grainId.Type.Value);
        hash = (hash ^ '/') * Prime;
        hash = Mix(hash, grainId.Key);
        return (int)(hash % (uint)partitionCount);
    }

    private static uint Mix(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
