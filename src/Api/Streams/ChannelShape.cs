using System.Collections.Frozen;
using Grid.Grains.Channels;
using Grid.Grains.Ids;

namespace Grid.Api.Streams;

/// <summary>
/// What of a location's availability a channel sees: only its own locations, its own figure there (with its ring-fenced
/// pool, if any), less its safety stock.
/// </summary>
internal sealed class ChannelShape
{
    private ChannelShape(ChannelId channel, FrozenSet<LocationId> locations, int safetyStock)
    {
        Channel = channel;
        Locations = locations;
        SafetyStock = safetyStock;
    }

    public ChannelId Channel { get; }

    public FrozenSet<LocationId> Locations { get; }

    public int SafetyStock { get; }

    public static ChannelShape Of(ChannelProfile profile) => new(profile.Id, profile.Locations.ToFrozenSet(), profile.SafetyStock);

    public bool Feeds(LocationId location) => Locations.Contains(location);

    /// <summary>Units the channel may sell of a location's available-to-sell.</summary>
    public long Shape(long availableToSell) => Math.Max(0, availableToSell - SafetyStock);
}
