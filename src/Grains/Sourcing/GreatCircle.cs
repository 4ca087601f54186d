using Grid.Grains.Locations;

namespace Grid.Grains.Sourcing;

/// <summary>
/// Great-circle distances from one origin (haversine on a spherical earth), with the origin's terms computed once, so
/// sourcing measures a thousand locations cheaply; <see cref="GeoPoint.DistanceKmTo"/> uses it too.
/// </summary>
internal readonly struct GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;
    private readonly double _latitude;
    private readonly double _longitude;
    private readonly double _cosLatitude;

    public GreatCircle(GeoPoint origin)
    {
        _latitude = double.DegreesToRadians(origin.Latitude);
        _longitude = origin.Longitude;
        _cosLatitude = Math.Cos(_latitude);
    }

    public double DistanceKmTo(GeoPoint point)
    {
        var latitude = double.DegreesToRadians(point.Latitude);
        var sinLatitude = Math.Sin((latitude - _latitude) / 2);
        var sinLongitude = Math.Sin(double.DegreesToRadians(point.Longitude - _longitude) / 2);
        var a = (sinLatitude * sinLatitude) + (_cosLatitude * Math.Cos(latitude) * (sinLongitude * sinLongitude));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
