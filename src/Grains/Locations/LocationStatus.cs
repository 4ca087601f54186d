using Grid.Runtime;

namespace Grid.Grains.Locations;

/// <summary>A location's profile and how much of a day's capacity its orders have taken.</summary>
[GenerateSerializer]
public sealed record LocationStatus(LocationProfile Profile, DateOnly Day, int OrdersTaken)
{
    /// <summary>Orders it can still take that day.</summary>
    public int RemainingCapacity => Math.Max(0, Profile.DailyCapacity - OrdersTaken);
}
