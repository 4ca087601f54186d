using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Contracts.Locations;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Api.Locations;

/// <summary>Location profiles to and from the API's shapes.</summary>
internal static class LocationViews
{
    public static LocationView Of(LocationStatus status)
    {
        var p = status.Profile;
        var definition = new LocationDefinition(
            p.Name,
            WireNames.Of(p.Kind),
            p.Position.Latitude,
            p.Position.Longitude,
            p.Capabilities.HasFlag(LocationCapabilities.ShipFrom),
            p.Capabilities.HasFlag(LocationCapabilities.Pickup),
            p.Capabilities.HasFlag(LocationCapabilities.AcceptsReturns),
            p.DailyCapacity,
            p.Open);
        return new LocationView(p.Id.Value, definition, status.Day, status.OrdersTaken, status.RemainingCapacity);
    }

    public static bool TryParse(LocationId id, LocationDefinition definition, [NotNullWhen(true)] out LocationProfile? profile, [NotNullWhen(false)] out string? error)
    {
        profile = null;
        if (!WireNames.TryParse<LocationKind>(definition.Kind, out var kind, out error))
        {
            error = $"kind: {error}";
            return false;
        }

        if (!GeoPoint.TryCreate(definition.Latitude, definition.Longitude, out var position, out error))
        {
            return false;
        }

        var capabilities = (definition.ShipFrom ? LocationCapabilities.ShipFrom : 0)
            | (definition.Pickup ? LocationCapabilities.Pickup : 0)
            | (definition.AcceptsReturns ? LocationCapabilities.AcceptsReturns : 0);
        profile = new LocationProfile(id, definition.Name ?? string.Empty, kind, position, capabilities, definition.DailyCapacity, definition.Open);
        return true;
    }
}
