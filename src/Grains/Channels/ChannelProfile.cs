using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Channels;

/// <summary>A sales channel (web shop, app, store tills, a marketplace) and its policies.</summary>
/// <param name="Id">The channel.</param>
/// <param name="Name">A display name, 1 to 200 characters.</param>
/// <param name="Locations">The locations that feed it; orders of this channel are sourced only from them.</param>
/// <param name="SafetyStock">Units per SKU-location the channel never sells (0 to 1,000,000), on top of the location's own.</param>
/// <param name="Reserve">When carts hold stock.</param>
/// <param name="CartHold">How long a cart's hold lasts, extended on cart activity (1 second to 30 days).</param>
/// <param name="CheckoutHold">How long the holds taken for an order last before it is placed (1 second to 30 days).</param>
/// <param name="MaxSplit">Most shipments one ship order may be split into (1 to 10).</param>
[GenerateSerializer]
public sealed record ChannelProfile(
    ChannelId Id,
    string Name,
    IReadOnlyList<LocationId> Locations,
    int SafetyStock,
    ReservePolicy Reserve,
    TimeSpan CartHold,
    TimeSpan CheckoutHold,
    int MaxSplit);
