using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>The durable state of the location directory: every location's latest status.</summary>
[GenerateSerializer]
internal sealed class LocationDirectoryState
{
    /// <summary>The name the directory's journaled state is stored under.</summary>
    internal const string StateName = "directory";

    /// <summary>The latest status of each location.</summary>
    public Dictionary<LocationId, LocationStatus> Locations { get; set; } = [];

    /// <summary>Records a status, replacing the location's previous one; the journal replays this.</summary>
    internal static void Apply(LocationDirectoryState state, LocationStatus status) => state.Locations[status.Profile.Id] = status;
}
