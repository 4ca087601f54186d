namespace Grid.Contracts.Locations;

/// <summary>A stock location.</summary>
/// <param name="Name">1 to 200 characters.</param>
/// <param name="Kind"><c>store</c>, <c>distribution-centre</c>, <c>dark-store</c> or <c>drop-ship-vendor</c>.</param>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
/// <param name="ShipFrom">Ships orders to addresses.</param>
/// <param name="Pickup">Hands orders to customers who collect them.</param>
/// <param name="AcceptsReturns">Takes back returned items.</param>
/// <param name="DailyCapacity">Orders it can take per day, 0 to 1,000,000.</param>
/// <param name="Open">False while closed to new orders.</param>
public sealed record LocationDefinition(
    string Name,
    string Kind,
    double Latitude,
    double Longitude,
    bool ShipFrom,
    bool Pickup,
    bool AcceptsReturns,
    int DailyCapacity,
    bool Open);
