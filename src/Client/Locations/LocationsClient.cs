using Grid.Client.Http;
using Grid.Contracts.Locations;

namespace Grid.Client.Locations;

/// <summary>Stock locations for ops keys (<c>/ops/locations</c>): define, open or close, read one or all.</summary>
public sealed class LocationsClient
{
    private readonly GridTransport _transport;

    internal LocationsClient(GridTransport transport) => _transport = transport;

    /// <summary>Every location with today's use of its capacity.</summary>
    public Task<IReadOnlyList<LocationView>> ListAsync(CancellationToken cancellationToken = default) =>
        _transport.GetAsync<IReadOnlyList<LocationView>>("ops/locations", cancellationToken);

    /// <summary>One location.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownLocation"/> when it is not defined.</exception>
    public Task<LocationView> GetAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<LocationView>(Location(id), cancellationToken);

    /// <summary>Defines or redefines a location.</summary>
    public async Task<LocationView> DefineAsync(string id, LocationDefinition definition, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return (await _transport.ChangeAsync<LocationView>(HttpMethod.Put, Location(id), definition, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>Opens a location to new orders.</summary>
    public async Task<LocationView> OpenAsync(string id, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        (await _transport.ChangeAsync<LocationView>(HttpMethod.Post, $"{Location(id)}/open", null, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Closes a location to new orders.</summary>
    public async Task<LocationView> CloseAsync(string id, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        (await _transport.ChangeAsync<LocationView>(HttpMethod.Post, $"{Location(id)}/close", null, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;

    private static string Location(string id) => $"ops/locations/{GridPath.Segment(id, nameof(id))}";
}
