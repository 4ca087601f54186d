using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Gives a reservation's units back to available-to-sell.</summary>
[GenerateSerializer]
public sealed record ReleaseReservation(IdempotencyKey Key, ReservationId Reservation) : IInventoryCommand;
