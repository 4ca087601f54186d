using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>One shipment (or the pick-up) of a plan: the lines one location fills.</summary>
/// <param name="Location">The location.</param>
/// <param name="Lines">What it fills.</param>
/// <param name="DistanceKm">Great-circle distance to the delivery point.</param>
/// <param name="AvailableOn">Null when the units are on hand; the inbound date for a backorder leg.</param>
[GenerateSerializer]
public sealed record SourcingLeg(LocationId Location, IReadOnlyList<SourcingLine> Lines, double DistanceKm, DateOnly? AvailableOn);
