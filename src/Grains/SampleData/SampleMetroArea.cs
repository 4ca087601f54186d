using Grid.Grains.Locations;

namespace Grid.Grains.SampleData;

/// <summary>The square a sample data set lies in: <see cref="HalfSpanKm"/> north, south, east and west of a centre.</summary>
/// <param name="Centre">The middle of the square.</param>
/// <param name="HalfSpanKm">Kilometres from the centre to each edge.</param>
public sealed record SampleMetroArea(GeoPoint Centre, double HalfSpanKm)
{
    // Kilometres per degree of latitude on the sphere GeoPoint measures distances on.
    private const double KmPerDegree = 6371.0088 * Math.PI / 180;

    /// <summary>The southern edge, in degrees.</summary>
    public double South => Centre.Latitude - LatitudeSpan;

    /// <summary>The northern edge, in degrees.</summary>
    public double North => Centre.Latitude + LatitudeSpan;

    /// <summary>The western edge, in degrees.</summary>
    public double West => Centre.Longitude - LongitudeSpan;

    /// <summary>The eastern edge, in degrees.</summary>
    public double East => Centre.Longitude + LongitudeSpan;

    private double LatitudeSpan => HalfSpanKm / KmPerDegree;

    private double LongitudeSpan => HalfSpanKm / (KmPerDegree * Math.Cos(double.DegreesToRadians(Centre.Latitude)));

    /// <summary>True when the point lies in the square, edges included.</summary>
    public bool Contains(GeoPoint point) =>
        point.Latitude >= South && point.Latitude <= North && point.Longitude >= West && point.Longitude <= East;
}
