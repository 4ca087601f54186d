using Grid.Grains.Ids;
using Grid.Grains.Inventory.Commands;

namespace Grid.Grains.Inventory;

internal sealed partial class InventoryLedger
{
    /// <summary>Units not held, allocated or kept as safety stock, before any pool is set aside.</summary>
    private long Free => Math.Max(0, State.OnHand - State.Reserved - State.Allocated - State.SafetyStock);

    private long RingFenced
    {
        get
        {
            long total = 0;
            foreach (var (_, pool) in (IEnumerable<KeyValuePair<string, ChannelPool>>?)State.Pools ?? [])
            {
                total += pool.Remaining;
            }

            return total;
        }
    }

    /// <summary>What <paramref name="channel"/> may take now: the general availability plus its pool's remainder, never beyond what is free.</summary>
    public long AvailableTo(ChannelId channel) =>
        State.Pools is { } pools && pools.TryGetValue(channel.Value, out var pool) ? Math.Min(Free, AvailableToSell + pool.Remaining) : AvailableToSell;

    private List<PoolAvailability>? PoolAvailabilities()
    {
        if (State.Pools is not { Count: > 0 } pools)
        {
            return null;
        }

        var free = Free;
        var general = AvailableToSell;
        var list = new List<PoolAvailability>(pools.Count);
        foreach (var (channel, pool) in pools.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            list.Add(new PoolAvailability(ChannelId.Parse(channel), pool.Size, Math.Min(free, general + pool.Remaining)));
        }

        return list;
    }

    private InventoryError SetPool(SetPool command)
    {
        if (command.Quantity is < 0 or > InventoryLimits.MaxQuantity)
        {
            return InventoryError.InvalidQuantity;
        }

        var channel = command.Channel.Value;
        if (command.Quantity == 0)
        {
            State.Pools?.Remove(channel);
            if (State.Pools is { Count: 0 })
            {
                State.Pools = null;
            }

            return InventoryError.None;
        }

        // Counted once when the pool is set; holds and allocations keep it current from then on.
        long used = 0;
        foreach (var (_, reservation) in State.Reservations)
        {
            used += reservation.Channel == command.Channel ? reservation.Quantity : 0;
        }

        foreach (var (_, allocation) in (IEnumerable<KeyValuePair<string, Allocation>>?)State.Allocations ?? [])
        {
            used += allocation.Channel == command.Channel ? allocation.Quantity : 0;
        }

        (State.Pools ??= [])[channel] = new ChannelPool(command.Quantity, used);
        return InventoryError.None;
    }

    /// <summary>A channel's hold or allocation here grew (positive) or shrank (negative): its pool, if any, follows.</summary>
    private void UsePool(ChannelId channel, long delta)
    {
        if (State.Pools is { } pools && pools.TryGetValue(channel.Value, out var pool))
        {
            pools[channel.Value] = pool with { Used = Math.Max(0, pool.Used + delta) };
        }
    }
}
