using Grid.Client.Http;
using Grid.Contracts.Orders;

namespace Grid.Client.Orders;

/// <summary>
/// A channel key's orders (<c>/v1/orders</c>): place one under an id of the caller's choosing, read it, cancel it, take
/// units back. Only the channel's own orders are visible: another channel's order is the same 404
/// <see cref="GridErrorCodes.UnknownOrder"/> as one that does not exist. Every change takes an optional idempotency key;
/// without one the client makes one and repeats it on retries, so a retried change is applied once.
/// </summary>
public sealed class OrdersClient
{
    private readonly GridTransport _transport;

    internal OrdersClient(GridTransport transport) => _transport = transport;

    /// <summary>
    /// Places and sources an order under <paramref name="orderId"/> (<c>PUT /v1/orders/{id}</c>, 201): its units are
    /// allocated at the locations the sourcing plan chose. An order that cannot be sourced stays under its id as
    /// <c>rejected</c>, so place it again under another id.
    /// </summary>
    /// <exception cref="GridApiException">
    /// <see cref="GridErrorCodes.NotSourceable"/> (see its <c>rejections</c> and <c>alternatives</c>),
    /// <see cref="GridErrorCodes.OrderExists"/>, <see cref="GridErrorCodes.InvalidOrder"/>,
    /// <see cref="GridErrorCodes.UnknownLocation"/> for a pick-up store outside the channel, ...
    /// </exception>
    public Task<OrderDetail> PlaceAsync(string orderId, PlaceOrderRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(HttpMethod.Put, Order(orderId), request, idempotencyKey, cancellationToken);
    }

    /// <summary>The order, its legs, its sourcing plan (the channel's own locations only) and its history.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownOrder"/> when the channel has no order with this id.</exception>
    public Task<OrderDetail> GetAsync(string orderId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<OrderDetail>(Order(orderId), cancellationToken);

    /// <summary>Cancels the order before any part of it ships (<c>POST /v1/orders/{id}/cancel</c>); its allocations go back to sale.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidTransition"/> once a part shipped, <see cref="GridErrorCodes.InvalidOrder"/> for an empty reason, ...</exception>
    public Task<OrderDetail> CancelAsync(string orderId, CancelOrderRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(HttpMethod.Post, $"{Order(orderId)}/cancel", request, idempotencyKey, cancellationToken);
    }

    /// <summary>Takes back units of a fulfilled line at one of the channel's locations (<c>POST /v1/orders/{id}/returns</c>).</summary>
    /// <exception cref="GridApiException">
    /// <see cref="GridErrorCodes.ReturnExceedsOrder"/>, <see cref="GridErrorCodes.InvalidTransition"/> before anything was
    /// fulfilled, <see cref="GridErrorCodes.UnknownLocation"/> for a location outside the channel, ...
    /// </exception>
    public Task<OrderDetail> ReturnAsync(string orderId, ReturnItemsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(HttpMethod.Post, $"{Order(orderId)}/returns", request, idempotencyKey, cancellationToken);
    }

    private async Task<OrderDetail> ChangeAsync(HttpMethod method, string path, object request, string? idempotencyKey, CancellationToken cancellationToken) =>
        (await _transport.ChangeAsync<OrderDetail>(method, path, request, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;

    private static string Order(string orderId) => $"v1/orders/{GridPath.Segment(orderId, nameof(orderId))}";
}
