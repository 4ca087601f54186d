using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>A hold on units for a channel and an owner (a cart, a checkout, a till) until it expires.</summary>
[GenerateSerializer]
public sealed record Reservation(ReservationId Id, int Quantity, ChannelId Channel, string Owner, DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt);
