using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Sourcing;
using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Orders;

/// <summary>One order: its state machine, its legs, and the saga that sources it.</summary>
internal sealed partial class OrderGrain(
    [PersistentState("order")] IPersistentState<OrderState> order,
    AvailabilityIndex index) : Grain, IOrderGrain
{
    private const int MaxHistory = 1_000;
    private OrderId _id;

    private OrderState State => order.State;

    // Unique per order and sourcing round, short enough for ids and keys at every grain it touches.
    private string Token => $"{ContentFingerprint.Token(_id.Value)}r{State.Round}";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!OrderId.TryParse(GetPrimaryKeyString(), out _id, out var error))
        {
            throw new ArgumentException($"'{GetPrimaryKeyString()}' is not an order id: {error}");
        }

        return Task.CompletedTask;
    }

    public ValueTask<OrderView?> GetAsync() => ValueTask.FromResult(State.Exists ? View() : null);

    private OrderView View() => new(
        _id,
        State.Channel,
        State.Customer,
        State.Status,
        State.Method,
        State.ShipTo,
        State.PickupStore,
        [.. State.Lines],
        [.. State.Legs],
        State.Plan,
        [.. State.Returned.Select(pair => new OrderLine(SkuId.Parse(pair.Key), pair.Value))],
        [.. State.History],
        State.PlacedAt);

    private OrderResult Ok(bool replayed = false) => new(OrderError.None, null, View(), replayed);

    private OrderResult Reject(OrderError error, string detail) => new(error, detail, State.Exists ? View() : null, false);

    /// <summary>Null when the key is new; a replay or a rejection when it was used before.</summary>
    private OrderResult? CheckKey<T>(IdempotencyKey key, T command)
    {
        if (!State.Exists)
        {
            return Reject(OrderError.UnknownOrder, $"Order {_id} was never placed.");
        }

        if (State.AppliedKeys.TryGetValue(key.Value, out var fingerprint))
        {
            return fingerprint == ContentFingerprint.Of(command)
                ? Ok(replayed: true)
                : Reject(OrderError.IdempotencyKeyReused, $"Idempotency key '{key}' was used for a different request.");
        }

        return null;
    }

    private void Record(IdempotencyKey key, object command, string kind, string detail)
    {
        State.AppliedKeys[key.Value] = ContentFingerprint.Of(command);
        History(kind, detail);
    }

    private void History(string kind, string detail)
    {
        State.History.Add(new OrderEvent(TimeProvider.GetUtcNow(), kind, detail));
        if (State.History.Count > MaxHistory)
        {
            State.History.RemoveAt(0);
        }
    }

    private async Task SaveAsync()
    {
        await order.WriteStateAsync();
        await NotifyCustomerAsync();
    }

    private async Task NotifyCustomerAsync()
    {
        if (State.Customer is not { } customer)
        {
            return;
        }

        var now = TimeProvider.GetUtcNow();
        await GrainFactory.GetGrain<ICustomerGrain>(customer.Value).RecordOrderAsync(new OrderSummary(
            _id,
            State.Channel,
            State.Status,
            State.Lines.Count,
            State.Lines.Sum(line => line.Quantity),
            State.PlacedAt,
            now));
    }

    private IInventoryGrain Inventory(SkuId sku, LocationId location) =>
        GrainFactory.GetGrain<IInventoryGrain>(new InventoryKey(sku, location).ToString());

    private ReservationSaga Saga => new(GrainFactory, index);
}
