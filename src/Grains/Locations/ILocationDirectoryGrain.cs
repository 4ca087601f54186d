using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>
/// Every defined location with its current status, kept by the location grains, read by sourcing in one call. One
/// activation, keyed <see cref="Key"/>.
/// </summary>
public interface ILocationDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The directory's one key.</summary>
    const string Key = "all";

    /// <summary>Records a location's latest status (called by the location grain after each durable change).</summary>
    ValueTask UpdateAsync(LocationStatus status);

    /// <summary>Every location's latest status, ordered by id.</summary>
    ValueTask<IReadOnlyList<LocationStatus>> GetAllAsync();
}
