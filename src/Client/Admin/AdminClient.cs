using Grid.Client.Http;
using Grid.Contracts.Admin;
using Grid.Contracts.Channels;

namespace Grid.Client.Admin;

/// <summary>What an admin key does: define channels and manage API keys (<c>/admin/...</c>).</summary>
public sealed class AdminClient
{
    private readonly GridTransport _transport;

    internal AdminClient(GridTransport transport) => _transport = transport;

    /// <summary>Defines or redefines a channel.</summary>
    public async Task<ChannelView> DefineChannelAsync(string id, ChannelDefinition definition, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return (await _transport.ChangeAsync<ChannelView>(HttpMethod.Put, Channel(id), definition, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>One channel.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownChannel"/> when it is not defined.</exception>
    public Task<ChannelView> GetChannelAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ChannelView>(Channel(id), cancellationToken);

    /// <summary>
    /// Creates an API key. Its text is in the answer only: keep it. A retry under the same idempotency key (within the
    /// API's idempotency window) answers with the same key rather than making a second one.
    /// </summary>
    public async Task<CreatedApiKey> CreateApiKeyAsync(CreateApiKeyRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await _transport.ChangeAsync<CreatedApiKey>(HttpMethod.Post, "admin/api-keys", request, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>One API key, without its secret.</summary>
    /// <exception cref="GridApiException"><see cref="GridErrorCodes.UnknownApiKey"/> when no key has this id.</exception>
    public Task<ApiKeyView> GetApiKeyAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ApiKeyView>(ApiKey(id), cancellationToken);

    /// <summary>Revokes an API key; it stops working at once on the node that revoked it, within the key cache duration elsewhere.</summary>
    public async Task<ApiKeyView> RevokeApiKeyAsync(string id, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        (await _transport.ChangeAsync<ApiKeyView>(HttpMethod.Post, $"{ApiKey(id)}/revoke", null, idempotencyKey, cancellationToken).ConfigureAwait(false)).Value;

    private static string Channel(string id) => $"admin/channels/{GridPath.Segment(id, nameof(id))}";

    private static string ApiKey(string id) => $"admin/api-keys/{GridPath.Segment(id, nameof(id))}";
}
