using Grid.Client.Http;
using Grid.Contracts.Carts;

namespace Grid.Client.Carts;

/// <summary>
/// A channel key's carts (<c>/v1/carts</c>): create one with its first line, add and remove lines, carry a customer's
/// cart over from another channel, and check it out into an order. Only carts on the caller's channel are visible:
/// another channel's cart is the same 404 <see cref="GridErrorCodes.UnknownCart"/> as one that does not exist, until
/// <see cref="SwitchAsync"/> names its customer. Every change takes an optional idempotency key; without one the client
/// makes one and repeats it on retries, so a retried change is applied once.
/// </summary>
public sealed class CartsClient
{
    private readonly GridTransport _transport;

    internal CartsClient(GridTransport transport) => _transport = transport;

    /// <summary>
    /// Creates a cart with its first line (<c>POST /v1/carts</c>, 201). Grid chooses the id from the caller's channel and
    /// the idempotency key, so a retry under the same key (this client's own, or the caller's after a restart) answers
    /// with the same cart instead of making a second.
    /// </summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InsufficientStock"/> on a channel that holds stock at add to cart, <see cref="GridErrorCodes.InvalidCart"/>, ...</exception>
    public async Task<CartDetail> CreateAsync(AddCartLineRequest firstLine, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(firstLine);
        return (await _transport.ChangeAsync<CartDetail>(HttpMethod.Post, "v1/carts", firstLine, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>The cart, its holds and when they run out.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownCart"/> when the channel has no cart with this id.</exception>
    public Task<CartDetail> GetAsync(string cartId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<CartDetail>(Cart(cartId), cancellationToken);

    /// <summary>Adds units of a SKU (<c>POST /v1/carts/{id}/lines</c>); a SKU already in the cart gets more units.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.CartClosed"/>, <see cref="GridErrorCodes.CustomerMismatch"/> when it names another customer, ...</exception>
    public Task<CartDetail> AddLineAsync(string cartId, AddCartLineRequest line, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ChangeAsync<CartDetail>(HttpMethod.Post, $"{Cart(cartId)}/lines", line, idempotencyKey, cancellationToken);
    }

    /// <summary>Removes a SKU's line and releases its holds (<c>DELETE /v1/carts/{id}/lines/{sku}</c>).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidCart"/> when the cart has no line of the SKU, ...</exception>
    public Task<CartDetail> RemoveLineAsync(string cartId, string sku, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        ChangeAsync<CartDetail>(HttpMethod.Delete, $"{Cart(cartId)}/lines/{GridPath.Segment(sku, nameof(sku))}", null, idempotencyKey, cancellationToken);

    /// <summary>
    /// Carries a customer's cart, with its holds, into the caller's channel (<c>POST /v1/carts/{id}/switch</c>): started
    /// in the app, finished in store. The request must name the cart's customer; from then on the former channel no
    /// longer sees the cart.
    /// </summary>
    /// <exception cref="GridApiException">
    /// <see cref="GridErrorCodes.UnknownCart"/> when another channel's cart does not belong to the customer named (or has
    /// none), <see cref="GridErrorCodes.CustomerMismatch"/> for the channel's own cart of another customer, ...
    /// </exception>
    public Task<CartDetail> SwitchAsync(string cartId, SwitchCartRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync<CartDetail>(HttpMethod.Post, $"{Cart(cartId)}/switch", request, idempotencyKey, cancellationToken);
    }

    /// <summary>
    /// Places the cart's order on the cart's channel (<c>POST /v1/carts/{id}/checkout</c>, 201): its holds become
    /// allocations and the cart closes. A checkout that fails leaves the cart open but its order id taken (by the rejected
    /// order), so check out again under another order id.
    /// </summary>
    /// <exception cref="GridApiException">
    /// <see cref="GridErrorCodes.CheckoutFailed"/> with the order's code in <c>reason</c> (and <c>rejections</c> when not
    /// sourceable), <see cref="GridErrorCodes.CartEmpty"/>, <see cref="GridErrorCodes.CartClosed"/>, ...
    /// </exception>
    public Task<CheckoutDetail> CheckoutAsync(string cartId, CheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync<CheckoutDetail>(HttpMethod.Post, $"{Cart(cartId)}/checkout", request, idempotencyKey, cancellationToken);
    }

    private async Task<T> ChangeAsync<T>(HttpMethod method, string path, object? request, string? idempotencyKey, CancellationToken cancellationToken) =>
        (await _transport.ChangeAsync<T>(method, path, request, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;

    private static string Cart(string cartId) => $"v1/carts/{GridPath.Segment(cartId, nameof(cartId))}";
}
