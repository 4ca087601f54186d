namespace Grid.Grains.Locations;

/// <summary>What a stock location is.</summary>
public enum LocationKind
{
    /// <summary>A shop customers walk into.</summary>
    Store,

    /// <summary>A warehouse that ships, the fallback when no store can fill an order.</summary>
    DistributionCentre,

    /// <summary>A store closed to the public that only fulfils orders.</summary>
    DarkStore,

    /// <summary>A supplier that ships on the retailer's behalf.</summary>
    DropShipVendor,
}
