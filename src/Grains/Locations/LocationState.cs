using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>The durable state of one location: its profile and which orders claimed its capacity on which day.</summary>
[GenerateSerializer]
internal sealed class LocationState
{
    /// <summary>The name the location grain's state is stored under.</summary>
    internal const string StateName = "location";

    /// <summary>The profile; null until the location is defined.</summary>
    public LocationProfile? Profile { get; set; }

    /// <summary>The orders that claimed capacity, by day; days before yesterday are pruned.</summary>
    public Dictionary<DateOnly, HashSet<OrderId>> Claims { get; set; } = [];
}
