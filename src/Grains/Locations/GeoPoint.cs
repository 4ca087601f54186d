using System.Diagnostics.CodeAnalysis;
using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>A point on the earth in degrees (WGS 84). Created through <see cref="TryCreate"/> or <see cref="Create"/>, which check the ranges.</summary>
[GenerateSerializer]
[Immutable]
public readonly record struct GeoPoint
{
    private GeoPoint(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north, -90 to 90.</summary>
    [Id(0)]
    public double Latitude { get; init; }

    /// <summary>Degrees east, -180 to 180.</summary>
    [Id(1)]
    public double Longitude { get; init; }

    /// <summary>Creates a point; throws <see cref="ArgumentOutOfRangeException"/> when a coordinate is out of range or not a number.</summary>
    public static GeoPoint Create(double latitude, double longitude) =>
        TryCreate(latitude, longitude, out var point, out var error) ? point : throw new ArgumentOutOfRangeException(nameof(latitude), error);

    /// <summary>Creates a point, or says why the coordinates are not one.</summary>
    public static bool TryCreate(double latitude, double longitude, out GeoPoint point, [NotNullWhen(false)] out string? error)
    {
        point = default;
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            error = "A latitude is a number from -90 to 90.";
            return false;
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            error = "A longitude is a number from -180 to 180.";
            return false;
        }

        point = new GeoPoint(latitude, longitude);
        error = null;
        return true;
    }

    /// <summary>The great-circle distance in kilometres (haversine on a spherical earth).</summary>
    public double DistanceKmTo(GeoPoint other) => new Sourcing.GreatCircle(this).DistanceKmTo(other);
}
