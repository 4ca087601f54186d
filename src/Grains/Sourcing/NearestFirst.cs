namespace Grid.Grains.Sourcing;

/// <summary>Orders candidate ordinals nearest first; equal distances by location id, ordinal.</summary>
internal readonly struct NearestFirst(CandidateTable table) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        if (x == y)
        {
            return 0;
        }

        return table.IsNearer(x, y) ? -1 : 1;
    }
}
