using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>One location's part of an order.</summary>
/// <param name="Location">The location.</param>
/// <param name="Lines">What it fills.</param>
/// <param name="Status">Where it is.</param>
/// <param name="AvailableOn">For a backordered leg, the promised date.</param>
/// <param name="DistanceKm">Great-circle distance to the delivery point when sourced.</param>
[GenerateSerializer]
public sealed record OrderLeg(LocationId Location, IReadOnlyList<OrderLine> Lines, LegStatus Status, DateOnly? AvailableOn, double DistanceKm);
