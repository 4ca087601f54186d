namespace Grid.Grains.Locations;

/// <summary>Why a location operation was rejected; each value maps to a stable code an API returns.</summary>
public enum LocationError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>The profile breaks a rule (name length, capacity range, id not the grain's key). Code <c>invalid_location</c>.</summary>
    InvalidProfile,

    /// <summary>The location was never defined. Code <c>unknown_location</c>.</summary>
    UnknownLocation,

    /// <summary>The location is closed to new orders. Code <c>location_closed</c>.</summary>
    Closed,

    /// <summary>The day's order capacity is used up. Code <c>location_full</c>.</summary>
    CapacityExhausted,
}
