using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Turns a reservation into an allocation to an order.</summary>
[GenerateSerializer]
public sealed record CommitReservation(IdempotencyKey Key, ReservationId Reservation, OrderId Order) : IInventoryCommand;
