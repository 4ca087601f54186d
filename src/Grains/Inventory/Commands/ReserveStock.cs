using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Holds units for a channel until the hold runs out, unless extended, released or committed first.</summary>
[GenerateSerializer]
public sealed record ReserveStock(IdempotencyKey Key, ReservationId Reservation, int Quantity, ChannelId Channel, string Owner, TimeSpan Hold) : IInventoryCommand
{
    /// <summary>
    /// Units of available-to-sell the hold must leave untouched: the channel's own safety stock (0 to 1,000,000). The
    /// grain decides it with the hold, so a channel never sells into its safety stock, not even under concurrent holds.
    /// </summary>
    public int KeepBack { get; init; }
}
