using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>One stock location, keyed by its <see cref="LocationId"/>. Its profile and its daily order capacity.</summary>
public interface ILocationGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the location's profile; the profile's id must be the grain's key. Listed in the directory once durable.</summary>
    ValueTask<LocationResult> DefineAsync(LocationProfile profile);

    /// <summary>Opens or closes the location for new orders.</summary>
    ValueTask<LocationResult> SetOpenAsync(bool open);

    /// <summary>The profile and today's capacity use; null when the location was never defined.</summary>
    ValueTask<LocationStatus?> GetStatusAsync();

    /// <summary>
    /// Takes one unit of the day's capacity for an order. Idempotent per order and day: a second claim by the same order
    /// succeeds without taking more. Rejected when the location is unknown, closed or full.
    /// </summary>
    ValueTask<LocationResult> ClaimCapacityAsync(OrderId order, DateOnly day);

    /// <summary>Gives back an order's claim on a day (cancelled or re-sourced); a release without a claim changes nothing.</summary>
    ValueTask<LocationResult> ReleaseCapacityAsync(OrderId order, DateOnly day);
}
