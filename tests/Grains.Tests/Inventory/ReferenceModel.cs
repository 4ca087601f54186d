// A decision table reads best one rule per line.
#pragma warning disable IDE0011
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;

namespace Grid.Grains.Tests.Inventory;

/// <summary>
/// A deliberately plain model of one SKU at one location, written from the rules in DESIGN.md rather than from the
/// ledger's code, to check the ledger's decisions against.
/// </summary>
internal sealed class ReferenceModel
{
    private readonly Dictionary<string, (int Quantity, DateTimeOffset ExpiresAt, string Channel)> _holds = [];
    private readonly Dictionary<string, (long Quantity, string Channel)> _allocations = [];
    private readonly Dictionary<string, long> _pools = [];
    private readonly Dictionary<string, long> _inbound = [];
    private readonly HashSet<string> _transfers = [];
    private readonly HashSet<string> _expired = [];

    public long OnHand { get; private set; }

    public long Safety { get; private set; }

    public long Reserved => _holds.Values.Sum(h => (long)h.Quantity);

    public long Allocated => _allocations.Values.Sum(a => a.Quantity);

    /// <summary>Units free of holds, allocations and safety stock.</summary>
    public long Free => Math.Max(0, OnHand - Reserved - Allocated - Safety);

    /// <summary>What a channel without a pool may sell: free units less what every pool still ring-fences.</summary>
    public long Ats => Math.Max(0, Free - _pools.Keys.Sum(PoolRemaining));

    /// <summary>What a channel may sell: with a pool, the general figure plus its pool's remainder, never beyond free.</summary>
    public long AtsFor(string channel) => _pools.ContainsKey(channel) ? Math.Min(Free, Ats + PoolRemaining(channel)) : Ats;

    /// <summary>A pool's size less the channel's holds and allocations here, at least 0.</summary>
    public long PoolRemaining(string channel) =>
        Math.Max(0, _pools[channel] - _holds.Values.Where(h => h.Channel == channel).Sum(h => (long)h.Quantity) - _allocations.Values.Where(a => a.Channel == channel).Sum(a => a.Quantity));

    /// <summary>Releases expired holds and returns the units they held.</summary>
    public long Expire(DateTimeOffset now)
    {
        long released = 0;
        foreach (var (id, hold) in _holds.Where(h => h.Value.ExpiresAt <= now).ToList())
        {
            _holds.Remove(id);
            _expired.Add(id);
            released += hold.Quantity;
        }

        return released;
    }

    public InventoryError Decide(IInventoryCommand command, DateTimeOffset now)
    {
        static bool Qty(long q) => q is >= 1 and <= 1_000_000;
        static bool Text(string s) => !string.IsNullOrWhiteSpace(s) && s.Length <= 128 && !s.Any(char.IsControl);
        static bool Hold(TimeSpan h) => h >= TimeSpan.FromSeconds(1) && h <= TimeSpan.FromDays(30);
        InventoryError Missing(string id) => _expired.Contains(id) ? InventoryError.ReservationExpired : InventoryError.UnknownReservation;

        switch (command)
        {
            case ReserveStock c:
                if (!Qty(c.Quantity) || c.KeepBack is < 0 or > 1_000_000) return InventoryError.InvalidQuantity;
                if (!Hold(c.Hold)) return InventoryError.InvalidHold;
                if (!Text(c.Owner)) return InventoryError.InvalidText;
                if (_holds.ContainsKey(c.Reservation.Value)) return InventoryError.ReservationExists;
                if (c.Quantity > AtsFor(c.Channel.Value) - c.KeepBack) return InventoryError.InsufficientStock;
                _holds[c.Reservation.Value] = (c.Quantity, now + c.Hold, c.Channel.Value);
                return InventoryError.None;
            case ExtendReservation c:
                if (!Hold(c.Hold)) return InventoryError.InvalidHold;
                if (!_holds.TryGetValue(c.Reservation.Value, out var held)) return Missing(c.Reservation.Value);
                _holds[c.Reservation.Value] = (held.Quantity, now + c.Hold, held.Channel);
                return InventoryError.None;
            case ReleaseReservation c:
                if (!_holds.Remove(c.Reservation.Value)) return Missing(c.Reservation.Value);
                return InventoryError.None;
            case CommitReservation c:
                if (!_holds.Remove(c.Reservation.Value, out var committed)) return Missing(c.Reservation.Value);
                // An order's allocation belongs to the channel that allocated to it first.
                _allocations[c.Order.Value] = _allocations.TryGetValue(c.Order.Value, out var allocation)
                    ? (allocation.Quantity + committed.Quantity, allocation.Channel)
                    : (committed.Quantity, committed.Channel);
                return InventoryError.None;
            case FulfilAllocation c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (_allocations.GetValueOrDefault(c.Order.Value).Quantity < c.Quantity) return InventoryError.UnknownAllocation;
                if (OnHand < c.Quantity) return InventoryError.InsufficientStock;
                Reduce(c.Order.Value, c.Quantity);
                OnHand -= c.Quantity;
                return InventoryError.None;
            case ReleaseAllocation c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (_allocations.GetValueOrDefault(c.Order.Value).Quantity < c.Quantity) return InventoryError.UnknownAllocation;
                Reduce(c.Order.Value, c.Quantity);
                return InventoryError.None;
            case ReturnStock c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (!Text(c.Reference)) return InventoryError.InvalidText;
                if (c.Resellable) OnHand += c.Quantity;
                return InventoryError.None;
            case AdjustStock c:
                if (c.Delta == 0 || !Qty(Math.Abs((long)c.Delta))) return InventoryError.InvalidQuantity;
                if (!Text(c.Reason)) return InventoryError.InvalidText;
                if (OnHand + c.Delta < 0) return InventoryError.InsufficientStock;
                OnHand += c.Delta;
                return InventoryError.None;
            case SetOnHand c:
                if (c.OnHand is < 0 or > 1_000_000_000_000) return InventoryError.InvalidQuantity;
                if (!Text(c.Reason)) return InventoryError.InvalidText;
                OnHand = c.OnHand;
                return InventoryError.None;
            case ExpectInbound c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (!Text(c.Supply)) return InventoryError.InvalidText;
                if (_inbound.ContainsKey(c.Supply)) return InventoryError.DuplicateReference;
                _inbound[c.Supply] = c.Quantity;
                return InventoryError.None;
            case ReceiveInbound c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (_inbound.GetValueOrDefault(c.Supply) < c.Quantity) return InventoryError.UnknownInbound;
                _inbound[c.Supply] -= c.Quantity;
                if (_inbound[c.Supply] == 0) _inbound.Remove(c.Supply);
                OnHand += c.Quantity;
                return InventoryError.None;
            case TransferOut c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (!Text(c.Transfer)) return InventoryError.InvalidText;
                if (_transfers.Contains(c.Transfer)) return InventoryError.DuplicateReference;
                if (c.Quantity > Ats) return InventoryError.InsufficientStock;
                _transfers.Add(c.Transfer);
                OnHand -= c.Quantity;
                return InventoryError.None;
            case TransferIn c:
                if (!Qty(c.Quantity)) return InventoryError.InvalidQuantity;
                if (!Text(c.Transfer)) return InventoryError.InvalidText;
                if (_transfers.Contains(c.Transfer)) return InventoryError.DuplicateReference;
                _transfers.Add(c.Transfer);
                OnHand += c.Quantity;
                return InventoryError.None;
            case SetPool c:
                if (c.Quantity is < 0 or > 1_000_000) return InventoryError.InvalidQuantity;
                if (c.Quantity == 0) _pools.Remove(c.Channel.Value);
                else _pools[c.Channel.Value] = c.Quantity;
                return InventoryError.None;
            case SetSafetyStock c:
                if (c.Quantity is < 0 or > 1_000_000) return InventoryError.InvalidQuantity;
                Safety = c.Quantity;
                return InventoryError.None;
            default:
                throw new ArgumentException(command.GetType().Name);
        }
    }

    private void Reduce(string order, long quantity)
    {
        var (left, channel) = _allocations[order];
        _allocations[order] = (left - quantity, channel);
        if (left == quantity)
        {
            _allocations.Remove(order);
        }
    }
}
