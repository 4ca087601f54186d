using Grid.Grains.Inventory.Commands;
using Grid.Grains.Inventory.Events;

namespace Grid.Grains.Inventory;

internal sealed partial class InventoryLedger
{
    private InventoryError Fulfil(FulfilAllocation command)
    {
        if (!InventoryLimits.IsQuantity(command.Quantity))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!Allocations.TryGetValue(command.Order.Value, out var allocation) || allocation.Quantity < command.Quantity)
        {
            return InventoryError.UnknownAllocation;
        }

        if (State.OnHand < command.Quantity)
        {
            return InventoryError.InsufficientStock;
        }

        ReduceAllocation(allocation, command.Quantity);
        State.OnHand -= command.Quantity;
        return InventoryError.None;
    }

    private InventoryError ReleaseAllocation(ReleaseAllocation command)
    {
        if (!InventoryLimits.IsQuantity(command.Quantity))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!Allocations.TryGetValue(command.Order.Value, out var allocation) || allocation.Quantity < command.Quantity)
        {
            return InventoryError.UnknownAllocation;
        }

        ReduceAllocation(allocation, command.Quantity);
        return InventoryError.None;
    }

    private InventoryError Return(ReturnStock command)
    {
        if (!InventoryLimits.IsQuantity(command.Quantity))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!InventoryLimits.IsText(command.Reference))
        {
            return InventoryError.InvalidText;
        }

        if (command.Resellable)
        {
            State.OnHand += command.Quantity;
        }

        return InventoryError.None;
    }

    private InventoryError Adjust(AdjustStock command, DateTimeOffset now)
    {
        if (command.Delta == 0 || !InventoryLimits.IsQuantity(Math.Abs((long)command.Delta)))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!InventoryLimits.IsText(command.Reason))
        {
            return InventoryError.InvalidText;
        }

        var onHand = State.OnHand + command.Delta;
        if (onHand < 0)
        {
            return InventoryError.InsufficientStock;
        }

        if (onHand > InventoryLimits.MaxLevel)
        {
            return InventoryError.InvalidQuantity;
        }

        State.OnHand = onHand;
        DetectShortage(now);
        return InventoryError.None;
    }

    private InventoryError Count(SetOnHand command, DateTimeOffset now)
    {
        if (command.OnHand is < 0 or > InventoryLimits.MaxLevel)
        {
            return InventoryError.InvalidQuantity;
        }

        if (!InventoryLimits.IsText(command.Reason))
        {
            return InventoryError.InvalidText;
        }

        State.OnHand = command.OnHand;
        DetectShortage(now);
        return InventoryError.None;
    }

    private InventoryError Expect(ExpectInbound command)
    {
        if (!InventoryLimits.IsQuantity(command.Quantity))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!InventoryLimits.IsText(command.Supply))
        {
            return InventoryError.InvalidText;
        }

        if (Inbound.ContainsKey(command.Supply))
        {
            return InventoryError.DuplicateReference;
        }

        Inbound[command.Supply] = new InboundSupply(command.Supply, command.Quantity, command.ExpectedOn);
        return InventoryError.None;
    }

    private InventoryError Receive(ReceiveInbound command)
    {
        if (!InventoryLimits.IsQuantity(command.Quantity))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!Inbound.TryGetValue(command.Supply, out var supply) || supply.Quantity < command.Quantity)
        {
            return InventoryError.UnknownInbound;
        }

        if (State.OnHand + command.Quantity > InventoryLimits.MaxLevel)
        {
            return InventoryError.InvalidQuantity;
        }

        State.OnHand += command.Quantity;
        if (supply.Quantity == command.Quantity)
        {
            Inbound.Remove(command.Supply);
        }
        else
        {
            Inbound[command.Supply] = supply with { Quantity = supply.Quantity - command.Quantity };
        }

        return InventoryError.None;
    }

    private InventoryError Send(TransferOut command)
    {
        var invalid = ValidateTransfer(command.Transfer, command.Quantity);
        if (invalid != InventoryError.None)
        {
            return invalid;
        }

        if (command.Quantity > AvailableToSell)
        {
            return InventoryError.InsufficientStock;
        }

        State.OnHand -= command.Quantity;
        Transfers[command.Transfer] = -command.Quantity;
        return InventoryError.None;
    }

    private InventoryError Accept(TransferIn command)
    {
        var invalid = ValidateTransfer(command.Transfer, command.Quantity);
        if (invalid != InventoryError.None)
        {
            return invalid;
        }

        if (State.OnHand + command.Quantity > InventoryLimits.MaxLevel)
        {
            return InventoryError.InvalidQuantity;
        }

        State.OnHand += command.Quantity;
        Transfers[command.Transfer] = command.Quantity;
        return InventoryError.None;
    }

    private InventoryError ValidateTransfer(string transfer, int quantity)
    {
        if (!InventoryLimits.IsQuantity(quantity))
        {
            return InventoryError.InvalidQuantity;
        }

        if (!InventoryLimits.IsText(transfer))
        {
            return InventoryError.InvalidText;
        }

        return Transfers.ContainsKey(transfer) ? InventoryError.DuplicateReference : InventoryError.None;
    }

    private InventoryError SetSafety(SetSafetyStock command)
    {
        if (command.Quantity is < 0 or > InventoryLimits.MaxQuantity)
        {
            return InventoryError.InvalidQuantity;
        }

        State.SafetyStock = command.Quantity;
        return InventoryError.None;
    }

    private void ReduceAllocation(Allocation allocation, long quantity)
    {
        State.Allocated -= quantity;
        UsePool(allocation.Channel, -quantity);
        if (allocation.Quantity == quantity)
        {
            Allocations.Remove(allocation.Order.Value);
        }
        else
        {
            Allocations[allocation.Order.Value] = allocation with { Quantity = allocation.Quantity - quantity };
        }
    }

    /// <summary>Raises a shortage when on hand no longer covers what is committed, naming what it leaves uncovered.</summary>
    private void DetectShortage(DateTimeOffset now)
    {
        var shortfall = State.Reserved + State.Allocated - State.OnHand;
        if (shortfall <= 0)
        {
            return;
        }

        var remaining = State.OnHand;
        var allocations = new List<string>();
        foreach (var allocation in (IEnumerable<Allocation>?)State.Allocations?.Values ?? [])
        {
            remaining -= allocation.Quantity;
            if (remaining < 0)
            {
                allocations.Add(allocation.Order.Value);
            }
        }

        var reservations = new List<string>();
        foreach (var reservation in State.Reservations.Values.OrderBy(r => r.CreatedAt))
        {
            remaining -= reservation.Quantity;
            if (remaining < 0)
            {
                reservations.Add(reservation.Id.Value);
            }
        }

        (_events ??= []).Add(new ShortageDetected(Key, shortfall, reservations, allocations, Availability, now));
    }
}
