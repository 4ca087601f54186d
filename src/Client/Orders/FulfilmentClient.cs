using Grid.Client.Http;
using Grid.Contracts.Orders;

namespace Grid.Client.Orders;

/// <summary>
/// What an ops key (stores, warehouses, support) does with any channel's order (<c>/ops/orders/{id}</c>): read it with
/// every sourcing candidate, release it to its locations, pick and ship each location's leg, hand over a pick-up, confirm
/// delivery, and take units back at any location that accepts returns. Each step answers with the order as it is now.
/// Every change takes an optional idempotency key; without one the client makes one and repeats it on retries.
/// </summary>
public sealed class FulfilmentClient
{
    private readonly GridTransport _transport;

    internal FulfilmentClient(GridTransport transport) => _transport = transport;

    /// <summary>The order, whatever its channel, with every sourcing candidate (also those outside its channel).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownOrder"/> when no order has this id.</exception>
    public Task<OrderDetail> GetAsync(string orderId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<OrderDetail>(Order(orderId), cancellationToken);

    /// <summary>Hands a sourced order to its locations (<c>POST /ops/orders/{id}/release</c>).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidTransition"/> when it is not sourced, <see cref="GridErrorCodes.UnknownOrder"/>, ...</exception>
    public Task<OrderDetail> ReleaseAsync(string orderId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        StepAsync($"{Order(orderId)}/release", idempotencyKey, cancellationToken);

    /// <summary>The location picked its leg of a released order (<c>POST /ops/orders/{id}/legs/{location}/pick</c>).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.WrongLocation"/> when the location has no leg, <see cref="GridErrorCodes.InvalidTransition"/>, ...</exception>
    public Task<OrderDetail> PickAsync(string orderId, string location, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        StepAsync(Leg(orderId, location, "pick"), idempotencyKey, cancellationToken);

    /// <summary>The location shipped its picked leg of a ship order (<c>POST /ops/orders/{id}/legs/{location}/ship</c>); its units leave on hand.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.WrongLocation"/>, <see cref="GridErrorCodes.InvalidTransition"/>, ...</exception>
    public Task<OrderDetail> ShipAsync(string orderId, string location, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        StepAsync(Leg(orderId, location, "ship"), idempotencyKey, cancellationToken);

    /// <summary>A picked pick-up order waits at its store (<c>POST /ops/orders/{id}/ready-for-pickup</c>).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidTransition"/> for a ship order or one not picked, ...</exception>
    public Task<OrderDetail> ReadyForPickupAsync(string orderId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        StepAsync($"{Order(orderId)}/ready-for-pickup", idempotencyKey, cancellationToken);

    /// <summary>The customer collected a pick-up order that was ready (<c>POST /ops/orders/{id}/picked-up</c>); its units leave on hand.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidTransition"/>, ...</exception>
    public Task<OrderDetail> ConfirmPickupAsync(string orderId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        StepAsync($"{Order(orderId)}/picked-up", idempotencyKey, cancellationToken);

    /// <summary>A shipped order arrived (<c>POST /ops/orders/{id}/delivered</c>).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidTransition"/> before it shipped, ...</exception>
    public Task<OrderDetail> ConfirmDeliveryAsync(string orderId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        StepAsync($"{Order(orderId)}/delivered", idempotencyKey, cancellationToken);

    /// <summary>
    /// Units of a fulfilled line came back at any location that accepts returns, in the order's channel or not
    /// (<c>POST /ops/orders/{id}/returns</c>): restocked there when resellable, written off otherwise.
    /// </summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.WrongLocation"/> when the location takes no returns, <see cref="GridErrorCodes.ReturnExceedsOrder"/>, ...</exception>
    public async Task<OrderDetail> ReturnAsync(string orderId, ReturnItemsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await _transport.ChangeAsync<OrderDetail>(HttpMethod.Post, $"{Order(orderId)}/returns", request, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    private async Task<OrderDetail> StepAsync(string path, string? idempotencyKey, CancellationToken cancellationToken) =>
        (await _transport.ChangeAsync<OrderDetail>(HttpMethod.Post, path, null, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;

    private static string Order(string orderId) => $"ops/orders/{GridPath.Segment(orderId, nameof(orderId))}";

    private static string Leg(string orderId, string location, string step) =>
        $"{Order(orderId)}/legs/{GridPath.Segment(location, nameof(location))}/{step}";
}
