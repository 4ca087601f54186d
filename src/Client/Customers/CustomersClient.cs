using Grid.Client.Http;
using Grid.Contracts.Customers;

namespace Grid.Client.Customers;

/// <summary>
/// Customers for channel keys (<c>/v1/customers/{id}</c>). A customer belongs to no one channel: every channel reads the
/// same single view (carts and orders of every channel, in summary) and may replace the profile. Every change takes an
/// optional idempotency key; without one the client makes one and repeats it on retries.
/// </summary>
public sealed class CustomersClient
{
    private readonly GridTransport _transport;

    internal CustomersClient(GridTransport transport) => _transport = transport;

    /// <summary>Registers the customer, or replaces the whole profile (<c>PUT /v1/customers/{id}</c>).</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidCustomer"/>, <see cref="GridErrorCodes.InvalidPosition"/>, <see cref="GridErrorCodes.InvalidLocation"/>, ...</exception>
    public async Task<CustomerProfileView> RegisterAsync(string customerId, CustomerProfileRequest profile, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return (await _transport.ChangeAsync<CustomerProfileView>(HttpMethod.Put, Customer(customerId), profile, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>The single view: profile, carts, orders and returns on every channel, and touchpoints.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownCustomer"/> for a customer who never registered and has no history.</exception>
    public Task<CustomerDetail> GetAsync(string customerId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<CustomerDetail>(Customer(customerId), cancellationToken);

    /// <summary>Records a touchpoint on the caller's channel, now (<c>POST /v1/customers/{id}/touchpoints</c>); the customer need not be registered.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InvalidTouchpoint"/>, ...</exception>
    public async Task<TouchpointView> RecordTouchpointAsync(string customerId, TouchpointRequest touchpoint, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        return (await _transport.ChangeAsync<TouchpointView>(HttpMethod.Post, $"{Customer(customerId)}/touchpoints", touchpoint, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    private static string Customer(string customerId) => $"v1/customers/{GridPath.Segment(customerId, nameof(customerId))}";
}
