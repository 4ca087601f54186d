namespace Grid.Contracts.Locations;

/// <summary>A location and today's use of its capacity.</summary>
/// <param name="Id">The location.</param>
/// <param name="Definition">Its definition.</param>
/// <param name="Day">The day the capacity figures are for (UTC).</param>
/// <param name="OrdersTaken">Orders it took that day.</param>
/// <param name="RemainingCapacity">Orders it can still take that day.</param>
public sealed record LocationView(string Id, LocationDefinition Definition, DateOnly Day, int OrdersTaken, int RemainingCapacity);
