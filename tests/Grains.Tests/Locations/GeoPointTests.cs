using Grid.Grains.Locations;

namespace Grid.Grains.Tests.Locations;

public sealed class GeoPointTests
{
    private static readonly GeoPoint Paris = GeoPoint.Create(48.8566, 2.3522);
    private static readonly GeoPoint London = GeoPoint.Create(51.5074, -0.1278);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(48.8566, 2.3522)]
    [InlineData(-33.8688, 151.2093)]
    public void TryCreate_CoordinatesInRange_CreatesThePoint(double latitude, double longitude)
    {
        var created = GeoPoint.TryCreate(latitude, longitude, out var point, out var error);

        Assert.True(created);
        Assert.Null(error);
        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData(90.000001, 0, "latitude")]
    [InlineData(-90.5, 0, "latitude")]
    [InlineData(double.NaN, 0, "latitude")]
    [InlineData(double.PositiveInfinity, 0, "latitude")]
    [InlineData(0, 180.000001, "longitude")]
    [InlineData(0, -181, "longitude")]
    [InlineData(0, double.NaN, "longitude")]
    [InlineData(0, double.NegativeInfinity, "longitude")]
    public void TryCreate_CoordinateOutOfRange_FailsWithReason(double latitude, double longitude, string named)
    {
        var created = GeoPoint.TryCreate(latitude, longitude, out var point, out var error);

        Assert.False(created);
        Assert.Equal(default, point);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CoordinateOutOfRange_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GeoPoint.Create(91, 0));

        Assert.Contains("latitude", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsTheValidPointZeroZero()
    {
        GeoPoint point = default;

        Assert.Equal(0, point.Latitude);
        Assert.Equal(0, point.Longitude);
        Assert.Equal(point, GeoPoint.Create(0, 0));
    }

    [Fact]
    public void DistanceKmTo_ParisToLondon_IsAbout343Km()
    {
        Assert.InRange(Paris.DistanceKmTo(London), 343.0, 344.0);
    }

    [Fact]
    public void DistanceKmTo_EitherDirection_IsTheSame()
    {
        Assert.Equal(Paris.DistanceKmTo(London), London.DistanceKmTo(Paris), precision: 9);
    }

    [Fact]
    public void DistanceKmTo_SamePoint_IsZero()
    {
        Assert.Equal(0, Paris.DistanceKmTo(Paris));
        Assert.Equal(0, default(GeoPoint).DistanceKmTo(default));
    }

    [Theory]
    [InlineData(0, 0, 0, 180)]
    [InlineData(90, 0, -90, 0)]
    [InlineData(48.8566, 2.3522, -48.8566, -177.6478)]
    public void DistanceKmTo_Antipodes_IsHalfTheCircumference(double latitude, double longitude, double otherLatitude, double otherLongitude)
    {
        var distance = GeoPoint.Create(latitude, longitude).DistanceKmTo(GeoPoint.Create(otherLatitude, otherLongitude));

        Assert.InRange(distance, 20_014.0, 20_016.0);
    }

    [Fact]
    public void DistanceKmTo_AcrossTheDateLine_TakesTheShortWay()
    {
        var west = GeoPoint.Create(0, 179.5);
        var east = GeoPoint.Create(0, -179.5);

        // One degree of longitude on the equator is about 111.2 km.
        Assert.InRange(west.DistanceKmTo(east), 111.0, 111.4);
    }
}
