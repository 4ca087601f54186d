using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Holds units for a channel until the hold runs out, unless extended, released or committed first.</summary>
[GenerateSerializer]
public sealed record ReserveStock(IdempotencyKey Key, ReservationId Reservation, int Quantity, ChannelId Channel, string Owner, TimeSpan Hold) : IInventoryCommand;
