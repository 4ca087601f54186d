using Grid.Grains.Channels;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Grains.Orders.Commands;
using Grid.Grains.Sourcing;

namespace Grid.Grains.Orders;

internal sealed partial class OrderGrain
{
    private const int MaxLines = 100;

    public async ValueTask<OrderResult> PlaceAsync(PlaceOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (State.Exists)
        {
            if (!State.AppliedKeys.TryGetValue(command.Key.Value, out var fingerprint) || fingerprint != ContentFingerprint.Of(command))
            {
                return Reject(OrderError.OrderExists, $"Order {_id} was already placed by another request.");
            }

            // A placement cut short (its holds taken, not yet committed) resumes on the caller's retry.
            if (State.Status == OrderStatus.Placed && State.PendingHolds.Count > 0)
            {
                return await CommitPendingAsync();
            }

            return Ok(replayed: true);
        }

        if (Validate(command) is { } invalid)
        {
            return Reject(OrderError.InvalidOrder, invalid);
        }

        var channel = await GrainFactory.GetGrain<IChannelGrain>(command.Channel.Value).GetAsync();
        if (channel is null)
        {
            return Reject(OrderError.UnknownChannel, $"Channel {command.Channel} is not defined.");
        }

        var now = TimeProvider.GetUtcNow();
        State.Exists = true;
        State.Status = OrderStatus.Placed;
        State.Channel = command.Channel;
        State.Customer = command.Customer;
        State.Method = command.Method;
        State.ShipTo = command.ShipTo;
        State.PickupStore = command.PickupStore;
        State.Lines = [.. command.Lines];
        State.PlacedAt = now;
        State.CapacityDay = DateOnly.FromDateTime(now.UtcDateTime);
        Record(command.Key, command, "placed", $"{command.Lines.Count} line(s) on {command.Channel}, {command.Method}");

        // Holds from checkout are kept where the delivery allows; lines they do not cover are sourced.
        var holds = command.Holds ?? [];
        var usable = holds.Where(h => channel.Locations.Contains(h.Location)
            && (command.Method == DeliveryMethod.Ship || h.Location == command.PickupStore)).ToList();
        var unusable = holds.Except(usable).ToList();
        var uncovered = Uncovered(command.Lines, usable);
        SourcingPlan plan;
        List<SourcedHold> pending = [.. usable];
        if (uncovered.Count > 0)
        {
            var saga = await Saga.ReserveAsync(Request(uncovered, []), channel, channel.CheckoutHold, $"order:{_id}", Token);
            plan = saga.Plan;
            if (!saga.Succeeded)
            {
                State.Plan = plan;
                State.Status = OrderStatus.Rejected;
                History("rejected", Explain(plan));
                await SaveAsync();
                return Reject(OrderError.NotSourceable, Explain(plan));
            }

            pending.AddRange(saga.Holds);
            State.Legs = [.. plan.Legs.Where(leg => leg.AvailableOn is not null)
                .Select(leg => new OrderLeg(leg.Location, [.. leg.Lines.Select(l => new OrderLine(l.Sku, l.Quantity))], LegStatus.Backordered, leg.AvailableOn, leg.DistanceKm))];
        }
        else
        {
            plan = new SourcingPlan(SourcingOutcome.Sourced, SourcingRuleSet.Default.Version, null, [], null, [], []);
        }

        await Saga.ReleaseAsync(unusable, $"{Token}:unused");
        State.Plan = plan;
        State.PendingHolds = pending;
        await order.WriteStateAsync();
        return await CommitPendingAsync();
    }

    public async ValueTask<OrderResult> ResourceAsync(LocationId location)
    {
        if (!State.Exists || State.Status is not (OrderStatus.Sourced or OrderStatus.Released or OrderStatus.Picked))
        {
            return State.Exists ? Ok(replayed: true) : Reject(OrderError.UnknownOrder, $"Order {_id} was never placed.");
        }

        var affected = State.Legs.Where(leg => leg.Location == location && leg.Status is LegStatus.Allocated or LegStatus.Released).ToList();
        if (affected.Count == 0)
        {
            return Ok(replayed: true);
        }

        var channel = await GrainFactory.GetGrain<IChannelGrain>(State.Channel.Value).GetAsync();
        foreach (var leg in affected)
        {
            foreach (var line in leg.Lines)
            {
                await Inventory(line.Sku, location).ReleaseAllocationAsync(new ReleaseAllocation(IdempotencyKey.Parse($"{Token}:moved{State.Legs.IndexOf(leg)}"), _id, line.Quantity));
            }

            State.Legs[State.Legs.IndexOf(leg)] = leg with { Status = LegStatus.Cancelled };
        }

        await GrainFactory.GetGrain<ILocationGrain>(location.Value).ReleaseCapacityAsync(_id, State.CapacityDay);
        State.Round++;
        var lines = affected.SelectMany(leg => leg.Lines).GroupBy(line => line.Sku).Select(g => new OrderLine(g.Key, g.Sum(l => l.Quantity))).ToList();
        var excluded = State.Legs.Where(leg => leg.Status == LegStatus.Cancelled).Select(leg => leg.Location).Distinct().ToList();
        var saga = channel is null ? null : await Saga.ReserveAsync(Request(lines, excluded), channel, channel.CheckoutHold, $"order:{_id}", Token);
        if (saga is not { Succeeded: true })
        {
            foreach (var leg in affected)
            {
                State.Legs[State.Legs.IndexOf(leg with { Status = LegStatus.Cancelled })] = leg with { Status = LegStatus.Unfilled };
            }

            History("shortage-unfilled", $"A shortage at {location} took {lines.Sum(l => l.Quantity)} unit(s) and no other location can fill them.");
            await SaveAsync();
            return Ok();
        }

        History("shortage-resourced", $"A shortage at {location}: its lines moved to {string.Join(", ", saga.Holds.Select(h => h.Location).Distinct())}.");
        State.PendingHolds = [.. saga.Holds];
        var status = State.Status;
        State.Status = OrderStatus.Placed;
        await order.WriteStateAsync();
        var result = await CommitPendingAsync();
        if (State.Status == OrderStatus.Sourced && status != OrderStatus.Sourced)
        {
            // New legs join as allocated; the order keeps the step it had reached for its other legs.
            State.Status = status == OrderStatus.Picked ? OrderStatus.Released : status;
            await SaveAsync();
            return Ok();
        }

        return result;
    }

    /// <summary>Turns the pending holds into allocations and claims capacity where the saga did not; a hold that is gone rejects the order and releases the rest.</summary>
    private async Task<OrderResult> CommitPendingAsync()
    {
        var committed = new List<SourcedHold>();
        for (var n = 0; n < State.PendingHolds.Count; n++)
        {
            var held = State.PendingHolds[n];
            var result = await Inventory(held.Sku, held.Location).CommitAsync(
                new CommitReservation(IdempotencyKey.Parse($"{Token}:commit{n}"), held.Reservation, _id));
            if (!result.Accepted)
            {
                for (var u = 0; u < committed.Count; u++)
                {
                    var done = committed[u];
                    await Inventory(done.Sku, done.Location).ReleaseAllocationAsync(new ReleaseAllocation(IdempotencyKey.Parse($"{Token}:undo{u}"), _id, done.Quantity));
                }

                await Saga.ReleaseAsync(State.PendingHolds.Except(committed), $"{Token}:undo");
                foreach (var location in State.PendingHolds.Select(h => h.Location).Distinct())
                {
                    await GrainFactory.GetGrain<ILocationGrain>(location.Value).ReleaseCapacityAsync(_id, State.CapacityDay);
                }

                var detail = $"The hold on {held.Sku} at {held.Location} could not become an allocation: {result.Error.ToCode()}.";
                State.PendingHolds = [];
                State.Status = OrderStatus.Rejected;
                History("rejected", detail);
                await SaveAsync();
                return Reject(OrderError.NotSourceable, detail);
            }

            committed.Add(held);
        }

        foreach (var location in State.PendingHolds.Select(h => h.Location).Distinct())
        {
            // Claims are per order and day, so a leg the saga already claimed is not counted twice.
            await GrainFactory.GetGrain<ILocationGrain>(location.Value).ClaimCapacityAsync(_id, State.CapacityDay);
        }

        var distances = State.Plan?.Legs.ToDictionary(leg => leg.Location, leg => leg.DistanceKm) ?? [];
        State.Legs.AddRange(State.PendingHolds.GroupBy(h => h.Location).Select(g => new OrderLeg(
            g.Key,
            [.. g.GroupBy(h => h.Sku).Select(s => new OrderLine(s.Key, s.Sum(h => h.Quantity)))],
            LegStatus.Allocated,
            null,
            distances.GetValueOrDefault(g.Key))));
        State.PendingHolds = [];
        State.Status = OrderStatus.Sourced;
        History("sourced", string.Join("; ", State.Legs.Where(l => l.Status is LegStatus.Allocated or LegStatus.Backordered).Select(l => $"{l.Location}: {string.Join(", ", l.Lines.Select(x => $"{x.Quantity} x {x.Sku}"))}{(l.AvailableOn is { } on ? $" (backordered, promised {on:yyyy-MM-dd})" : string.Empty)}")));
        await SaveAsync();
        if (State.Customer is { } customer)
        {
            await GrainFactory.GetGrain<ICustomerGrain>(customer.Value).RecordTouchpointAsync(
                new Touchpoint(State.Channel, TouchpointKind.Checkout, _id.Value, TimeProvider.GetUtcNow()));
        }

        return Ok();
    }

    private SourcingRequest Request(IReadOnlyList<OrderLine> lines, IReadOnlyList<LocationId> excluded) => new(
        _id,
        State.Channel,
        State.Method,
        State.ShipTo,
        State.PickupStore,
        [.. lines.Select(line => new SourcingLine(line.Sku, line.Quantity))],
        excluded,
        State.CapacityDay);

    private static List<OrderLine> Uncovered(IReadOnlyList<OrderLine> lines, IReadOnlyList<SourcedHold> holds)
    {
        var result = new List<OrderLine>();
        foreach (var line in lines)
        {
            var held = holds.Where(h => h.Sku == line.Sku).Sum(h => h.Quantity);
            if (held < line.Quantity)
            {
                result.Add(line with { Quantity = line.Quantity - held });
            }
        }

        return result;
    }

    private static string Explain(SourcingPlan plan) => plan.Outcome switch
    {
        SourcingOutcome.PickupUnavailable => plan.Alternatives.Count > 0
            ? $"The pick-up store cannot fill the order; nearest stores that can: {string.Join(", ", plan.Alternatives)}."
            : "The pick-up store cannot fill the order, and no other store can.",
        _ => plan.Rejections.Count > 0
            ? $"No location can fill the order: {string.Join("; ", plan.Rejections.Take(5).Select(r => $"{r.Location} {r.Reason}: {r.Detail}"))}."
            : "No location can fill the order.",
    };

    private static string? Validate(PlaceOrder command)
    {
        if (command.Lines is null || command.Lines.Count is 0 or > MaxLines)
        {
            return $"An order has 1 to {MaxLines} lines.";
        }

        if (command.Lines.Any(line => line is null || line.Sku.Value is null || !InventoryLimits.IsQuantity(line.Quantity)))
        {
            return $"Every line names a SKU and 1 to {InventoryLimits.MaxQuantity:N0} units.";
        }

        if (command.Lines.Select(line => line.Sku).Distinct().Count() != command.Lines.Count)
        {
            return "Each SKU appears on one line only.";
        }

        if (command.Method == DeliveryMethod.Ship && (command.ShipTo is null || command.PickupStore is not null))
        {
            return "A ship order has a ship-to position and no pick-up store.";
        }

        if (command.Method == DeliveryMethod.Pickup && (command.PickupStore is not { Value: not null } || command.ShipTo is not null))
        {
            return "A pick-up order names its store and no ship-to position.";
        }

        if (!Enum.IsDefined(command.Method) || command.Channel.Value is null)
        {
            return "An order names its channel and a delivery method, Ship or Pickup.";
        }

        if (command.Holds is { } holds && (holds.Count > MaxLines * 10 || holds.Any(h => h is null || h.Sku.Value is null || h.Location.Value is null || !InventoryLimits.IsQuantity(h.Quantity)
            || !command.Lines.Any(line => line.Sku == h.Sku)) || command.Lines.Any(line => holds.Where(h => h.Sku == line.Sku).Sum(h => (long)h.Quantity) > line.Quantity)))
        {
            return "Holds name SKUs of the order's lines, and cover at most each line's units.";
        }

        return null;
    }
}
