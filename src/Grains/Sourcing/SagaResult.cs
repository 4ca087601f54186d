using Grid.Grains.Ids;

namespace Grid.Grains.Sourcing;

/// <summary>What a reservation saga ended with: the plan it kept (or the last one tried), the holds it took and the locations that failed.</summary>
internal sealed record SagaResult(SourcingPlan Plan, IReadOnlyList<SourcedHold> Holds, IReadOnlyList<LocationId> FailedLocations, int Attempts)
{
    /// <summary>True when the plan's every available leg is held (a backorder leg holds nothing).</summary>
    public bool Succeeded => Plan.Outcome is SourcingOutcome.Sourced or SourcingOutcome.Backordered;
}
