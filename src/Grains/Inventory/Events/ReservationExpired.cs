using Grid.Runtime;

namespace Grid.Grains.Inventory.Events;

/// <summary>A hold ran out and its units went back to available-to-sell.</summary>
[GenerateSerializer]
public sealed record ReservationExpired(InventoryKey Key, Reservation Reservation, DateTimeOffset At);
