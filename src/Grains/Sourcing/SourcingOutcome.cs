namespace Grid.Grains.Sourcing;

/// <summary>What a sourcing plan decided.</summary>
public enum SourcingOutcome
{
    /// <summary>Every line is available now at the plan's locations.</summary>
    Sourced,

    /// <summary>Some lines wait for inbound supply; the plan carries the promised date.</summary>
    Backordered,

    /// <summary>A pick-up order's store cannot fill it; the plan lists the nearest stores that could.</summary>
    PickupUnavailable,

    /// <summary>No rule found a way to fill the order.</summary>
    Rejected,
}
