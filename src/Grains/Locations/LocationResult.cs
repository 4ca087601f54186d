using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>The outcome of a location operation: accepted (Error is None) or rejected with a reason and a readable detail.</summary>
[GenerateSerializer]
public sealed record LocationResult(LocationError Error, string? Detail, LocationStatus? Status)
{
    /// <summary>True when the operation was applied.</summary>
    public bool Accepted => Error == LocationError.None;
}
