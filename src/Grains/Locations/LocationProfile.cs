using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>A location as defined by the retailer.</summary>
/// <param name="Id">The location.</param>
/// <param name="Name">A display name, 1 to 200 characters.</param>
/// <param name="Kind">Store, distribution centre, dark store or drop-ship vendor.</param>
/// <param name="Position">Where it is, for distances.</param>
/// <param name="Capabilities">Ship from, pick-up, accepts returns.</param>
/// <param name="DailyCapacity">Orders it can take per day (0 to 1,000,000).</param>
/// <param name="Open">False while closed: it gets no new orders.</param>
[GenerateSerializer]
public sealed record LocationProfile(
    LocationId Id,
    string Name,
    LocationKind Kind,
    GeoPoint Position,
    LocationCapabilities Capabilities,
    int DailyCapacity,
    bool Open);
