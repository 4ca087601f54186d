using Grid.Grains.Ids;

namespace Grid.Grains.Locations;

/// <summary>Bounds every location profile is checked against.</summary>
public static class LocationLimits
{
    /// <summary>Longest display name, of a location or a channel.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Most orders a location can take per day.</summary>
    public const int MaxDailyCapacity = 1_000_000;

    /// <summary>Every capability a location can have.</summary>
    public const LocationCapabilities AllCapabilities = LocationCapabilities.ShipFrom | LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns;

    /// <summary>A display name: 1 to <see cref="MaxNameLength"/> characters, not only white space, no control characters.</summary>
    internal static bool IsName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why a profile cannot be the one of location <paramref name="key"/>; null when it can.</summary>
    internal static string? Check(LocationProfile? profile, LocationId key)
    {
        if (profile is null)
        {
            return "A location profile is required.";
        }

        if (profile.Id != key)
        {
            return $"The profile's id '{profile.Id}' is not the location's key '{key}'.";
        }

        if (!IsName(profile.Name))
        {
            return $"A location's name is 1 to {MaxNameLength} characters, not only white space, without control characters.";
        }

        if (!Enum.IsDefined(profile.Kind))
        {
            return $"'{profile.Kind}' is not a location kind.";
        }

        if ((profile.Capabilities & ~AllCapabilities) != 0)
        {
            return $"'{profile.Capabilities}' is not a combination of location capabilities.";
        }

        if (profile.DailyCapacity is < 0 or > MaxDailyCapacity)
        {
            return $"A daily capacity is 0 to {MaxDailyCapacity:N0} orders.";
        }

        // A point can be built around TryCreate with an initializer or a `with`, so its coordinates are checked again.
        return GeoPoint.TryCreate(profile.Position.Latitude, profile.Position.Longitude, out _, out var error) ? null : error;
    }
}
