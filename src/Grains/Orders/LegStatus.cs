namespace Grid.Grains.Orders;

/// <summary>Where one location's part of an order is.</summary>
public enum LegStatus
{
    /// <summary>Units are allocated at the location.</summary>
    Allocated,

    /// <summary>Waiting for inbound supply; nothing is allocated yet.</summary>
    Backordered,

    /// <summary>Handed to the location to pick.</summary>
    Released,

    /// <summary>Picked.</summary>
    Picked,

    /// <summary>Shipped (ship orders) or handed over (pick-up orders): on hand and the allocation went down.</summary>
    Fulfilled,

    /// <summary>Allocation released: the order was cancelled, or the leg moved after a shortage.</summary>
    Cancelled,

    /// <summary>A shortage took its units and no other location could take the lines.</summary>
    Unfilled,
}
