namespace Grid.Grains.Sourcing;

/// <summary>Why a candidate location was not chosen.</summary>
public enum RejectionReason
{
    /// <summary>The location does not feed the order's channel.</summary>
    NotInChannel,

    /// <summary>The location is closed.</summary>
    Closed,

    /// <summary>The location cannot ship (ship orders) or hand over (pick-up orders).</summary>
    MissingCapability,

    /// <summary>The location's capacity for the day is used up.</summary>
    NoCapacity,

    /// <summary>An earlier attempt of this order failed there.</summary>
    Excluded,

    /// <summary>It lacks units of at least one line (after channel safety stock).</summary>
    InsufficientStock,

    /// <summary>It could fill the order, but a nearer one (or one needing fewer shipments) was chosen.</summary>
    NotNearest,

    /// <summary>It is not the store a pick-up order named.</summary>
    NotThePickupStore,
}
