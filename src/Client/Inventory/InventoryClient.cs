using Grid.Client.Http;
using Grid.Client.Streaming;
using Grid.Contracts.Inventory;

namespace Grid.Client.Inventory;

/// <summary>
/// What a channel key does with stock: read what its channel may sell, hold units, and follow availability as it
/// changes. Only the channel's own locations and holds are visible. Every change takes an optional idempotency key;
/// without one the client makes one and repeats it on retries, so a retried change is applied once.
/// </summary>
public sealed class InventoryClient
{
    private readonly GridTransport _transport;

    internal InventoryClient(GridTransport transport) => _transport = transport;

    /// <summary>What the channel may sell of a SKU at each of its locations and in all (<c>GET /v1/availability/{sku}</c>).</summary>
    public Task<SkuAvailability> GetAvailabilityAsync(string sku, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<SkuAvailability>($"v1/availability/{GridPath.Segment(sku, nameof(sku))}", cancellationToken);

    /// <summary>What the channel may sell of a SKU at one of its locations (<c>GET /v1/availability/{sku}/{location}</c>).</summary>
    public Task<ChannelAvailability> GetAvailabilityAtAsync(string sku, string location, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ChannelAvailability>($"v1/availability/{GridPath.Segment(sku, nameof(sku))}/{GridPath.Segment(location, nameof(location))}", cancellationToken);

    /// <summary>The channel's open holds on a SKU at a location, oldest first.</summary>
    public Task<IReadOnlyList<ReservationView>> ListReservationsAsync(string sku, string location, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<IReadOnlyList<ReservationView>>(Reservations(sku, location), cancellationToken);

    /// <summary>Holds units for the channel; <see cref="InventoryOutcome.ExpiresAt"/> says until when.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.InsufficientStock"/>, <see cref="GridErrorCodes.ReservationExists"/>, ...</exception>
    public Task<InventoryOutcome> ReserveAsync(string sku, string location, ReserveRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InventoryOutcomes.Of(_transport.ChangeAsync<InventoryOutcome>(HttpMethod.Post, Reservations(sku, location), request, idempotencyKey, cancellationToken));
    }

    /// <summary>Moves a hold's expiry to now plus the new hold.</summary>
    public Task<InventoryOutcome> ExtendAsync(string sku, string location, string reservationId, ExtendRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InventoryOutcomes.Of(_transport.ChangeAsync<InventoryOutcome>(HttpMethod.Post, Reservation(sku, location, reservationId, "extend"), request, idempotencyKey, cancellationToken));
    }

    /// <summary>Gives a hold's units back to sale.</summary>
    public Task<InventoryOutcome> ReleaseAsync(string sku, string location, string reservationId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        InventoryOutcomes.Of(_transport.ChangeAsync<InventoryOutcome>(HttpMethod.Post, Reservation(sku, location, reservationId, "release"), null, idempotencyKey, cancellationToken));

    /// <summary>Turns a hold into an allocation to an order.</summary>
    public Task<InventoryOutcome> CommitAsync(string sku, string location, string reservationId, CommitRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InventoryOutcomes.Of(_transport.ChangeAsync<InventoryOutcome>(HttpMethod.Post, Reservation(sku, location, reservationId, "commit"), request, idempotencyKey, cancellationToken));
    }

    /// <summary>
    /// Follows what the channel may sell as it changes (<c>GET /v1/availability/stream</c>, Server-Sent Events). When the
    /// connection drops or the server ends it, the enumeration reconnects on its own (with a growing, capped wait) and
    /// resumes after the last event it yielded, so each event is yielded once, in order. It ends only when the caller
    /// cancels or stops enumerating, or throws <see cref="GridApiException"/> for an answer a retry cannot change
    /// (401, 403, 404, ...).
    /// </summary>
    /// <param name="skus">Only these SKUs; null or empty for all.</param>
    /// <param name="lastEventId">Resume after this event (an <see cref="AvailabilityUpdate.Id"/> seen before); null to start now.</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    public IAsyncEnumerable<AvailabilityUpdate> SubscribeAvailabilityAsync(IEnumerable<string>? skus = null, string? lastEventId = null, CancellationToken cancellationToken = default)
    {
        if (lastEventId is not null)
        {
            GridHeaders.ThrowIfNotSendable(lastEventId, nameof(lastEventId));
        }

        var path = "v1/availability/stream";
        var filter = skus?.Select(sku => GridPath.Segment(sku, nameof(skus))).ToList() ?? [];
        if (filter.Count > 0)
        {
            path += "?sku=" + string.Join(',', filter);
        }

        return new AvailabilityStream(_transport).ReadAsync(path, lastEventId, cancellationToken);
    }

    private static string Reservations(string sku, string location) =>
        $"v1/inventory/{GridPath.Segment(sku, nameof(sku))}/{GridPath.Segment(location, nameof(location))}/reservations";

    private static string Reservation(string sku, string location, string reservationId, string action) =>
        $"{Reservations(sku, location)}/{GridPath.Segment(reservationId, nameof(reservationId))}/{action}";
}
