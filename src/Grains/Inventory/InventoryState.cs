using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>The durable state of one SKU at one location.</summary>
[GenerateSerializer]
public sealed class InventoryState
{
    /// <summary>Units physically at the location.</summary>
    public long OnHand { get; set; }

    /// <summary>Units held back from sale.</summary>
    public long SafetyStock { get; set; }

    /// <summary>Sum of the reservations' quantities.</summary>
    public long Reserved { get; set; }

    /// <summary>Sum of the allocations' quantities.</summary>
    public long Allocated { get; set; }

    /// <summary>Counts changes of available-to-sell; events carry it so subscribers can resume.</summary>
    public long Sequence { get; set; }

    /// <summary>Open reservations by id.</summary>
    public Dictionary<string, Reservation> Reservations { get; set; } = [];

    /// <summary>Allocations by order id; null until the first one.</summary>
    public Dictionary<string, Allocation>? Allocations { get; set; }

    /// <summary>Expected supply by supply id; null until the first one.</summary>
    public Dictionary<string, InboundSupply>? Inbound { get; set; }

    /// <summary>Transfers applied, by transfer id, with their signed quantity (out negative); null until the first one.</summary>
    public Dictionary<string, long>? Transfers { get; set; }

    /// <summary>Units ring-fenced per channel id; null until a pool is set.</summary>
    public Dictionary<string, ChannelPool>? Pools { get; set; }

    /// <summary>Accepted commands by idempotency key, kept for the idempotency window.</summary>
    public Dictionary<string, IdempotencyRecord> Idempotency { get; set; } = [];

    /// <summary>Ids of reservations that expired recently, so a late caller hears "expired" rather than "unknown"; null until one does.</summary>
    public List<string>? RecentlyExpired { get; set; }
}
