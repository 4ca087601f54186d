using Grid.Grains.Inventory.Commands;

namespace Grid.Grains.Inventory;

internal sealed partial class InventoryLedger
{
    private (InventoryError, DateTimeOffset?) Reserve(ReserveStock command, DateTimeOffset now)
    {
        if (!InventoryLimits.IsQuantity(command.Quantity) || command.KeepBack is < 0 or > InventoryLimits.MaxQuantity)
        {
            return (InventoryError.InvalidQuantity, null);
        }

        if (!IsHold(command.Hold))
        {
            return (InventoryError.InvalidHold, null);
        }

        if (!InventoryLimits.IsText(command.Owner))
        {
            return (InventoryError.InvalidText, null);
        }

        if (State.Reservations.ContainsKey(command.Reservation.Value))
        {
            return (InventoryError.ReservationExists, null);
        }

        if (command.Quantity > AvailableTo(command.Channel) - command.KeepBack)
        {
            return (InventoryError.InsufficientStock, null);
        }

        var expiresAt = now + command.Hold;
        State.Reservations[command.Reservation.Value] = new Reservation(command.Reservation, command.Quantity, command.Channel, command.Owner, expiresAt, now);
        State.Reserved += command.Quantity;
        UsePool(command.Channel, command.Quantity);
        _expiries.Enqueue(command.Reservation.Value, expiresAt.UtcTicks);
        return (InventoryError.None, expiresAt);
    }

    private (InventoryError, DateTimeOffset?) Extend(ExtendReservation command, DateTimeOffset now)
    {
        if (!IsHold(command.Hold))
        {
            return (InventoryError.InvalidHold, null);
        }

        if (!TryFindReservation(command.Reservation.Value, out var reservation, out var error))
        {
            return (error, null);
        }

        var expiresAt = now + command.Hold;
        State.Reservations[reservation.Id.Value] = reservation with { ExpiresAt = expiresAt };
        _expiries.Enqueue(reservation.Id.Value, expiresAt.UtcTicks);
        return (InventoryError.None, expiresAt);
    }

    private InventoryError Release(ReleaseReservation command)
    {
        if (!TryFindReservation(command.Reservation.Value, out var reservation, out var error))
        {
            return error;
        }

        RemoveReservation(reservation);
        UsePool(reservation.Channel, -reservation.Quantity);
        return InventoryError.None;
    }

    private InventoryError Commit(CommitReservation command)
    {
        if (!TryFindReservation(command.Reservation.Value, out var reservation, out var error))
        {
            return error;
        }

        RemoveReservation(reservation);
        var key = command.Order.Value;
        if (Allocations.TryGetValue(key, out var existing))
        {
            // An allocation belongs to the channel that first allocated to the order; a pool's use follows the units.
            UsePool(reservation.Channel, -reservation.Quantity);
            UsePool(existing.Channel, reservation.Quantity);
            Allocations[key] = existing with { Quantity = existing.Quantity + reservation.Quantity };
        }
        else
        {
            Allocations[key] = new Allocation(command.Order, reservation.Quantity, reservation.Channel);
        }
        State.Allocated += reservation.Quantity;
        return InventoryError.None;
    }

    private bool TryFindReservation(string id, out Reservation reservation, out InventoryError error)
    {
        if (State.Reservations.TryGetValue(id, out reservation!))
        {
            error = InventoryError.None;
            return true;
        }

        error = State.RecentlyExpired?.Contains(id) == true ? InventoryError.ReservationExpired : InventoryError.UnknownReservation;
        return false;
    }

    private void RemoveReservation(Reservation reservation)
    {
        State.Reservations.Remove(reservation.Id.Value);
        State.Reserved -= reservation.Quantity;
    }

    private static bool IsHold(TimeSpan hold) => hold >= InventoryLimits.MinHold && hold <= InventoryLimits.MaxHold;
}
