using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Contracts.Locations;
using Grid.Grains.Locations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Locations;

/// <summary>A caller's position to a <see cref="GeoPoint"/> and back; out-of-range coordinates are a 400 <c>invalid_position</c>.</summary>
internal static class GeoPositions
{
    public static GeoPosition Of(GeoPoint point) => new(point.Latitude, point.Longitude);

    /// <summary>Parses an optional position; null stays null.</summary>
    public static bool TryParse(GeoPosition? position, string field, out GeoPoint? point, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        point = null;
        problem = null;
        if (position is null)
        {
            return true;
        }

        if (!GeoPoint.TryCreate(position.Latitude, position.Longitude, out var parsed, out var error))
        {
            problem = ApiProblem.BadRequest("invalid_position", $"{field}: {error}");
            return false;
        }

        point = parsed;
        return true;
    }
}
