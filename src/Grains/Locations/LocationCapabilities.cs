namespace Grid.Grains.Locations;

/// <summary>What a location can do for an order.</summary>
[Flags]
public enum LocationCapabilities
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Ships orders to an address.</summary>
    ShipFrom = 1,

    /// <summary>Hands orders to customers who pick them up.</summary>
    Pickup = 2,

    /// <summary>Takes back returned items.</summary>
    AcceptsReturns = 4,
}
