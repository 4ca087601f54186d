namespace Grid.Grains.Inventory;

/// <summary>What every channel may sell at one moment, to tell whether a change must be announced.</summary>
internal readonly record struct AvailabilityMark(long General, long[]? Pools)
{
    public bool SameAs(AvailabilityMark other) =>
        General == other.General && (Pools is null ? other.Pools is null : other.Pools is not null && Pools.AsSpan().SequenceEqual(other.Pools));
}
