using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>The ordered, versioned rules ship orders are sourced by; every plan names the version it used.</summary>
[GenerateSerializer]
public sealed record SourcingRuleSet(int Version, IReadOnlyList<SourcingRule> Rules)
{
    /// <summary>Version 1: one location, then fewest shipments, then a distribution centre, then a backorder.</summary>
    public static SourcingRuleSet Default { get; } = new(1, [SourcingRule.SingleLocation, SourcingRule.FewestShipments, SourcingRule.DistributionCentre, SourcingRule.Backorder]);
}
