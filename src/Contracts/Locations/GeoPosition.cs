namespace Grid.Contracts.Locations;

/// <summary>A point on the earth in degrees (WGS 84): where an order ships to, where a customer is, an address.</summary>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public sealed record GeoPosition(double Latitude, double Longitude);
