namespace Grid.Grains.Locations;

/// <summary>The stable codes of <see cref="LocationError"/>, as APIs return them.</summary>
public static class LocationErrorCodes
{
    /// <summary>The code of an error; stable across versions.</summary>
    public static string ToCode(this LocationError error) => error switch
    {
        LocationError.None => "none",
        LocationError.InvalidProfile => "invalid_location",
        LocationError.UnknownLocation => "unknown_location",
        LocationError.Closed => "location_closed",
        LocationError.CapacityExhausted => "location_full",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown location error."),
    };
}
