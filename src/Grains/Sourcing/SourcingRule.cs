namespace Grid.Grains.Sourcing;

/// <summary>One step of a ship order's rule set; the first step that yields a plan wins.</summary>
public enum SourcingRule
{
    /// <summary>The nearest location that fills every line.</summary>
    SingleLocation,

    /// <summary>The fewest shipments, up to the channel's max split, nearest first.</summary>
    FewestShipments,

    /// <summary>A distribution centre that fills every line, nearest first.</summary>
    DistributionCentre,

    /// <summary>A backorder at the location whose inbound supply covers the lines soonest, with a promised date.</summary>
    Backorder,
}
