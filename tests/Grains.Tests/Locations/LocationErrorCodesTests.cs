using Grid.Grains.Locations;

namespace Grid.Grains.Tests.Locations;

public sealed class LocationErrorCodesTests
{
    [Theory]
    [InlineData(LocationError.None, "none")]
    [InlineData(LocationError.InvalidProfile, "invalid_location")]
    [InlineData(LocationError.UnknownLocation, "unknown_location")]
    [InlineData(LocationError.Closed, "location_closed")]
    [InlineData(LocationError.CapacityExhausted, "location_full")]
    public void ToCode_EachError_IsItsStableCode(LocationError error, string code)
    {
        Assert.Equal(code, error.ToCode());
    }

    [Fact]
    public void ToCode_EveryError_HasADistinctCode()
    {
        var codes = Enum.GetValues<LocationError>().Select(e => e.ToCode()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void ToCode_UndefinedError_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((LocationError)99).ToCode());
    }
}
