using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// Stock of one SKU at one location at one moment. AvailableToSell = max(0, OnHand − Reserved − Allocated − SafetyStock −
/// ring-fenced pool remainders): what a channel without a pool may sell; Pools says what each channel with one may sell.
/// Sequence counts the changes of any of those figures.
/// </summary>
[GenerateSerializer]
public readonly record struct AvailabilitySnapshot(long OnHand, long Reserved, long Allocated, long SafetyStock, long AvailableToSell, long Sequence)
{
    /// <summary>Channels with a ring-fenced pool here; null when there are none.</summary>
    public IReadOnlyList<PoolAvailability>? Pools { get; init; }

    /// <summary>What <paramref name="channel"/> may sell here: its pool's figure if it has one, otherwise AvailableToSell.</summary>
    public long AvailableTo(ChannelId channel)
    {
        if (Pools is { } pools)
        {
            foreach (var pool in pools)
            {
                if (pool.Channel == channel)
                {
                    return pool.AvailableToSell;
                }
            }
        }

        return AvailableToSell;
    }

    /// <inheritdoc />
    public bool Equals(AvailabilitySnapshot other) =>
        OnHand == other.OnHand && Reserved == other.Reserved && Allocated == other.Allocated && SafetyStock == other.SafetyStock
        && AvailableToSell == other.AvailableToSell && Sequence == other.Sequence
        && (Pools is null ? other.Pools is null : other.Pools is not null && Pools.SequenceEqual(other.Pools));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OnHand, Reserved, Allocated, SafetyStock, AvailableToSell, Sequence, Pools?.Count ?? -1);
}
