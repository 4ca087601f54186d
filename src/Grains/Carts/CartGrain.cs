using Grid.Grains.Carts.Commands;
using Grid.Grains.Channels;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Orders;
using Grid.Grains.Orders.Commands;
using Grid.Grains.Sourcing;
using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Carts;

/// <summary>One cart: lines, holds per the channel's policy, checkout into an order.</summary>
internal sealed partial class CartGrain(
    [PersistentState("cart")] IPersistentState<CartRecord> cart,
    AvailabilityIndex index) : Grain, ICartGrain
{
    private const int MaxLines = 100;
    private CartId _id;

    private CartRecord State => cart.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!CartId.TryParse(GetPrimaryKeyString(), out _id, out var error))
        {
            throw new ArgumentException($"'{GetPrimaryKeyString()}' is not a cart id: {error}");
        }

        return Task.CompletedTask;
    }

    public ValueTask<CartView?> GetAsync()
    {
        DropExpiredHolds();
        return ValueTask.FromResult(State.Exists ? View() : null);
    }

    public async ValueTask<CartResult> AddLineAsync(AddCartLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Replay(command.Key, command, mustExist: false) is { } early)
        {
            return early;
        }

        var existing = State.Lines.FindIndex(line => line.Sku == command.Sku);
        if (command.Sku.Value is null || command.Channel.Value is null || !InventoryLimits.IsQuantity(command.Quantity)
            || (existing < 0 && State.Lines.Count >= MaxLines)
            || (existing >= 0 && (long)State.Lines[existing].Quantity + command.Quantity > InventoryLimits.MaxQuantity))
        {
            return Reject(CartError.InvalidCart, $"A cart has up to {MaxLines} lines of 1 to {InventoryLimits.MaxQuantity:N0} units each, and names its channel and SKU.");
        }

        var channel = await GrainFactory.GetGrain<IChannelGrain>(command.Channel.Value).GetAsync();
        if (channel is null)
        {
            return Reject(CartError.UnknownChannel, $"Channel {command.Channel} is not defined.");
        }

        DropExpiredHolds();
        var near = command.Near ?? State.Near;
        var pickup = command.PickupStore ?? State.PickupStore;
        SourcedHold[] taken = [];
        if (channel.Reserve == ReservePolicy.AtAddToCart && (near is not null || pickup is not null))
        {
            var sequence = State.HoldSequence + 1;
            var request = new SourcingRequest(
                OrderId.Parse(_id.Value),
                channel.Id,
                pickup is not null ? DeliveryMethod.Pickup : DeliveryMethod.Ship,
                pickup is not null ? null : near,
                pickup,
                [new SourcingLine(command.Sku, command.Quantity)],
                [],
                DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime));
            var saga = await new ReservationSaga(GrainFactory, index).ReserveAsync(request, channel, channel.CartHold, $"cart:{_id}", $"{ContentFingerprint.Token(_id.Value)}h{sequence}", claimCapacity: false);
            if (saga.Plan.Outcome != SourcingOutcome.Sourced)
            {
                return Reject(CartError.InsufficientStock, $"{command.Quantity} x {command.Sku} cannot be held for channel {channel.Id} near the customer.");
            }

            taken = [.. saga.Holds];
            State.HoldSequence = sequence;
        }

        State.Exists = true;
        State.State = CartState.Open;
        State.Channel = command.Channel;
        State.Customer = command.Customer ?? State.Customer;
        State.Near = near;
        State.PickupStore = pickup;
        if (existing >= 0)
        {
            State.Lines[existing] = State.Lines[existing] with { Quantity = State.Lines[existing].Quantity + command.Quantity };
        }
        else
        {
            State.Lines.Add(new CartLine(command.Sku, command.Quantity));
        }

        State.Holds.AddRange(taken);
        State.AppliedKeys[command.Key.Value] = ContentFingerprint.Of(command);
        await TouchAsync(channel);
        return Ok();
    }

    public async ValueTask<CartResult> RemoveLineAsync(RemoveCartLine command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Replay(command.Key, command, mustExist: true) is { } early)
        {
            return early;
        }

        var lineIndex = State.Lines.FindIndex(line => line.Sku == command.Sku);
        if (lineIndex < 0)
        {
            return Reject(CartError.InvalidCart, $"The cart has no line of {command.Sku}.");
        }

        var released = State.Holds.Where(h => h.Sku == command.Sku).ToList();
        await new ReservationSaga(GrainFactory, index).ReleaseAsync(released, $"{ContentFingerprint.Token(_id.Value)}:rm{State.AppliedKeys.Count}");
        State.Holds.RemoveAll(h => h.Sku == command.Sku);
        State.Lines.RemoveAt(lineIndex);
        State.AppliedKeys[command.Key.Value] = ContentFingerprint.Of(command);
        await TouchAsync(await GrainFactory.GetGrain<IChannelGrain>(State.Channel.Value).GetAsync());
        return Ok();
    }

    public async ValueTask<CartResult> SwitchChannelAsync(SwitchCartChannel command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Replay(command.Key, command, mustExist: true) is { } early)
        {
            return early;
        }

        var channel = command.Channel.Value is null ? null : await GrainFactory.GetGrain<IChannelGrain>(command.Channel.Value).GetAsync();
        if (channel is null)
        {
            return Reject(CartError.UnknownChannel, $"Channel {command.Channel} is not defined.");
        }

        State.Channel = command.Channel;
        State.AppliedKeys[command.Key.Value] = ContentFingerprint.Of(command);
        await TouchAsync(channel);
        return Ok();
    }

    public async ValueTask<CartResult> CheckoutAsync(CheckoutCart command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (State.Exists && State.State == CartState.CheckedOut && State.AppliedKeys.TryGetValue(command.Key.Value, out var fingerprint))
        {
            return fingerprint == ContentFingerprint.Of(command)
                ? new CartResult(CartError.None, null, View(), null, Replayed: true)
                : Reject(CartError.IdempotencyKeyReused, $"Idempotency key '{command.Key}' was used for a different request.");
        }

        if (!State.Exists || State.Lines.Count == 0)
        {
            return Reject(CartError.UnknownCart, $"Cart {_id} has no lines.");
        }

        if (State.State == CartState.CheckedOut)
        {
            return Reject(CartError.CartClosed, $"Cart {_id} was checked out into order {State.Order}.");
        }

        DropExpiredHolds();
        var placed = await GrainFactory.GetGrain<IOrderGrain>(command.Order.Value ?? string.Empty).PlaceAsync(new PlaceOrder(
            command.Key,
            State.Channel,
            State.Customer,
            command.Method,
            command.ShipTo,
            command.PickupStore,
            [.. State.Lines.Select(line => new OrderLine(line.Sku, line.Quantity))],
            [.. State.Holds]));
        if (!placed.Accepted)
        {
            return new CartResult(CartError.CheckoutFailed, placed.Detail, View(), placed, false);
        }

        State.State = CartState.CheckedOut;
        State.Order = command.Order;
        State.Holds = [];
        State.AppliedKeys[command.Key.Value] = ContentFingerprint.Of(command);
        await cart.WriteStateAsync();
        await ReportAsync();
        return new CartResult(CartError.None, null, View(), placed, false);
    }

    private CartView View() => new(_id, State.Channel, State.Customer, State.State, [.. State.Lines], [.. State.Holds], State.ExpiresAt, State.Order);

    private CartResult Ok() => new(CartError.None, null, View(), null, false);

    private CartResult Reject(CartError error, string detail) => new(error, detail, State.Exists ? View() : null, null, false);

    private CartResult? Replay<T>(IdempotencyKey key, T command, bool mustExist)
    {
        if (State.AppliedKeys.TryGetValue(key.Value ?? string.Empty, out var fingerprint))
        {
            return fingerprint == ContentFingerprint.Of(command)
                ? new CartResult(CartError.None, null, View(), null, Replayed: true)
                : Reject(CartError.IdempotencyKeyReused, $"Idempotency key '{key}' was used for a different request.");
        }

        if (mustExist && !State.Exists)
        {
            return Reject(CartError.UnknownCart, $"Cart {_id} has no lines.");
        }

        return State.State == CartState.CheckedOut ? Reject(CartError.CartClosed, $"Cart {_id} was checked out into order {State.Order}.") : null;
    }

    /// <summary>Activity extends every hold to a full cart hold from now, then the change is written.</summary>
    private async Task TouchAsync(ChannelProfile? channel)
    {
        var hold = channel?.CartHold ?? TimeSpan.FromMinutes(30);
        var now = TimeProvider.GetUtcNow();
        var kept = new List<SourcedHold>();
        for (var i = 0; i < State.Holds.Count; i++)
        {
            var held = State.Holds[i];
            var extended = await GrainFactory.GetGrain<IInventoryGrain>(new InventoryKey(held.Sku, held.Location).ToString()).ExtendAsync(
                new ExtendReservation(IdempotencyKey.Parse($"{ContentFingerprint.Token(_id.Value)}:x{State.AppliedKeys.Count}"), held.Reservation, hold));
            if (extended.Accepted)
            {
                kept.Add(held);
            }
        }

        State.Holds = kept;
        State.ExpiresAt = now + hold;
        await cart.WriteStateAsync();
        await ReportAsync();
    }

    private void DropExpiredHolds()
    {
        if (State.Holds.Count > 0 && TimeProvider.GetUtcNow() >= State.ExpiresAt)
        {
            // The inventory grains released them when they ran out.
            State.Holds = [];
        }
    }

    private async Task ReportAsync()
    {
        if (State.Customer is not { } customer)
        {
            return;
        }

        var now = TimeProvider.GetUtcNow();
        var customers = GrainFactory.GetGrain<ICustomerGrain>(customer.Value);
        await customers.RecordCartAsync(new CartSummary(_id, State.Channel, State.Lines.Count, State.Lines.Sum(line => line.Quantity), State.State, now));
        await customers.RecordTouchpointAsync(new Touchpoint(State.Channel, TouchpointKind.CartActivity, _id.Value, now));
    }
}
