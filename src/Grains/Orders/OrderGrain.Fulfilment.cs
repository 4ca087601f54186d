using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Grains.Orders.Commands;
using Grid.Grains.Sourcing;

namespace Grid.Grains.Orders;

internal sealed partial class OrderGrain
{
    public async ValueTask<OrderResult> ReleaseAsync(OrderStep command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Status != OrderStatus.Sourced)
        {
            return Reject(OrderError.InvalidTransition, $"Only a sourced order can be released; this one is {State.Status}.");
        }

        SetLegs(LegStatus.Allocated, LegStatus.Released);
        State.Status = OrderStatus.Released;
        Record(command.Key, command, "released", $"Released to {string.Join(", ", ActiveLegs.Select(l => l.Location))}.");
        await SaveAsync();
        return Ok();
    }

    public async ValueTask<OrderResult> PickAsync(LocationStep command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Status != OrderStatus.Released)
        {
            return Reject(OrderError.InvalidTransition, $"Only a released order can be picked; this one is {State.Status}.");
        }

        var index = State.Legs.FindIndex(leg => leg.Location == command.Location && leg.Status == LegStatus.Released);
        if (index < 0)
        {
            return Reject(OrderError.WrongLocation, $"{command.Location} has no released part of order {_id}.");
        }

        State.Legs[index] = State.Legs[index] with { Status = LegStatus.Picked };
        if (ActiveLegs.All(leg => leg.Status is LegStatus.Picked or LegStatus.Fulfilled))
        {
            State.Status = OrderStatus.Picked;
        }

        Record(command.Key, command, "picked", $"Picked at {command.Location}.");
        await SaveAsync();
        return Ok();
    }

    public async ValueTask<OrderResult> ShipAsync(LocationStep command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Method != DeliveryMethod.Ship || State.Status is not (OrderStatus.Released or OrderStatus.Picked))
        {
            return Reject(OrderError.InvalidTransition, $"Only a picked ship order can ship; this one is a {State.Method} order, {State.Status}.");
        }

        var index = State.Legs.FindIndex(leg => leg.Location == command.Location && leg.Status == LegStatus.Picked);
        if (index < 0)
        {
            return Reject(OrderError.WrongLocation, $"{command.Location} has no picked part of order {_id}.");
        }

        await FulfilAsync(index);
        State.Legs[index] = State.Legs[index] with { Status = LegStatus.Fulfilled };
        if (ActiveLegs.All(leg => leg.Status == LegStatus.Fulfilled))
        {
            State.Status = OrderStatus.Shipped;
        }

        Record(command.Key, command, "shipped", $"Shipped from {command.Location}.");
        await SaveAsync();
        return Ok();
    }

    public async ValueTask<OrderResult> ReadyForPickupAsync(OrderStep command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Method != DeliveryMethod.Pickup || State.Status != OrderStatus.Picked)
        {
            return Reject(OrderError.InvalidTransition, $"Only a picked pick-up order can wait for its customer; this one is a {State.Method} order, {State.Status}.");
        }

        State.Status = OrderStatus.ReadyForPickup;
        Record(command.Key, command, "ready-for-pickup", $"Waiting at {State.PickupStore}.");
        await SaveAsync();
        return Ok();
    }

    public async ValueTask<OrderResult> ConfirmPickupAsync(OrderStep command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Status != OrderStatus.ReadyForPickup)
        {
            return Reject(OrderError.InvalidTransition, $"Only an order ready for pick-up can be collected; this one is {State.Status}.");
        }

        for (var i = 0; i < State.Legs.Count; i++)
        {
            if (State.Legs[i].Status == LegStatus.Picked)
            {
                await FulfilAsync(i);
                State.Legs[i] = State.Legs[i] with { Status = LegStatus.Fulfilled };
            }
        }

        State.Status = OrderStatus.PickedUp;
        Record(command.Key, command, "picked-up", $"Collected at {State.PickupStore}.");
        await SaveAsync();
        return Ok();
    }

    public async ValueTask<OrderResult> ConfirmDeliveryAsync(OrderStep command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Status != OrderStatus.Shipped)
        {
            return Reject(OrderError.InvalidTransition, $"Only a shipped order can be delivered; this one is {State.Status}.");
        }

        State.Status = OrderStatus.Delivered;
        Record(command.Key, command, "delivered", "Delivered.");
        await SaveAsync();
        return Ok();
    }

    public async ValueTask<OrderResult> CancelAsync(CancelOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (string.IsNullOrWhiteSpace(command.Reason) || command.Reason.Length > 200)
        {
            return Reject(OrderError.InvalidOrder, "A cancellation gives a reason of 1 to 200 characters.");
        }

        if (State.Status is not (OrderStatus.Placed or OrderStatus.Sourced or OrderStatus.Released or OrderStatus.Picked or OrderStatus.ReadyForPickup)
            || State.Legs.Any(leg => leg.Status == LegStatus.Fulfilled))
        {
            return Reject(OrderError.InvalidTransition, $"An order can be cancelled until any part of it ships; this one is {State.Status}.");
        }

        await Saga.ReleaseAsync(State.PendingHolds, $"{Token}:cancel");
        State.PendingHolds = [];
        for (var i = 0; i < State.Legs.Count; i++)
        {
            var leg = State.Legs[i];
            if (leg.Status is LegStatus.Allocated or LegStatus.Released or LegStatus.Picked)
            {
                foreach (var line in leg.Lines)
                {
                    await Inventory(line.Sku, leg.Location).ReleaseAllocationAsync(new ReleaseAllocation(IdempotencyKey.Parse($"{Token}:cancel{i}"), _id, line.Quantity));
                }
            }

            if (leg.Status is not (LegStatus.Cancelled or LegStatus.Unfilled))
            {
                await GrainFactory.GetGrain<ILocationGrain>(leg.Location.Value).ReleaseCapacityAsync(_id, State.CapacityDay);
                State.Legs[i] = leg with { Status = LegStatus.Cancelled };
            }
        }

        State.Status = OrderStatus.Cancelled;
        Record(command.Key, command, "cancelled", command.Reason);
        await SaveAsync();
        return Ok();
    }

    private IEnumerable<OrderLeg> ActiveLegs => State.Legs.Where(leg => leg.Status is not (LegStatus.Cancelled or LegStatus.Unfilled or LegStatus.Backordered));

    private void SetLegs(LegStatus from, LegStatus to)
    {
        for (var i = 0; i < State.Legs.Count; i++)
        {
            if (State.Legs[i].Status == from)
            {
                State.Legs[i] = State.Legs[i] with { Status = to };
            }
        }
    }

    // Keys carry the leg's index: a location can hold two legs of one order (a shortage elsewhere moved lines to it).
    private async Task FulfilAsync(int legIndex)
    {
        var leg = State.Legs[legIndex];
        foreach (var line in leg.Lines)
        {
            var result = await Inventory(line.Sku, leg.Location).FulfilAsync(new FulfilAllocation(IdempotencyKey.Parse($"{Token}:fulfil{legIndex}"), _id, line.Quantity));
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"Order {_id}: fulfilling {line.Quantity} x {line.Sku} at {leg.Location} was rejected ({result.Error.ToCode()}); its allocation is missing.");
            }
        }
    }
}
