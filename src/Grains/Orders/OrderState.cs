using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>The durable state of one order.</summary>
[GenerateSerializer]
public sealed class OrderState
{
    /// <summary>False until the order is placed.</summary>
    public bool Exists { get; set; }

    /// <summary>Where the order is.</summary>
    public OrderStatus Status { get; set; }

    /// <summary>The channel it was placed on.</summary>
    public ChannelId Channel { get; set; }

    /// <summary>The customer, if any.</summary>
    public CustomerId? Customer { get; set; }

    /// <summary>Ship or pick up.</summary>
    public DeliveryMethod Method { get; set; }

    /// <summary>Where a ship order goes.</summary>
    public GeoPoint? ShipTo { get; set; }

    /// <summary>Where a pick-up order is collected.</summary>
    public LocationId? PickupStore { get; set; }

    /// <summary>What was ordered.</summary>
    public List<OrderLine> Lines { get; set; } = [];

    /// <summary>Each location's part.</summary>
    public List<OrderLeg> Legs { get; set; } = [];

    /// <summary>Holds taken for the order and not yet committed (a placement cut short resumes from them).</summary>
    public List<SourcedHold> PendingHolds { get; set; } = [];

    /// <summary>The plan that chose the legs.</summary>
    public SourcingPlan? Plan { get; set; }

    /// <summary>Units returned per SKU.</summary>
    public Dictionary<string, int> Returned { get; set; } = [];

    /// <summary>The append-only history.</summary>
    public List<OrderEvent> History { get; set; } = [];

    /// <summary>Applied idempotency keys and the fingerprints of their requests.</summary>
    public Dictionary<string, ulong> AppliedKeys { get; set; } = [];

    /// <summary>The day capacity was claimed on.</summary>
    public DateOnly CapacityDay { get; set; }

    /// <summary>When it was placed.</summary>
    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>Counts re-sourcing rounds, so each gets fresh reservation ids.</summary>
    public int Round { get; set; }
}
