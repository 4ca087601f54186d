using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Moves a reservation's expiry to now plus the new hold.</summary>
[GenerateSerializer]
public sealed record ExtendReservation(IdempotencyKey Key, ReservationId Reservation, TimeSpan Hold) : IInventoryCommand;
