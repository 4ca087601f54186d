using Grid.Client.Http;
using Grid.Contracts.Channels;

namespace Grid.Client.Channels;

/// <summary>A channel key's view of its own channel.</summary>
public sealed class ChannelClient
{
    private readonly GridTransport _transport;

    internal ChannelClient(GridTransport transport) => _transport = transport;

    /// <summary>The key's channel: its locations, safety stock and hold policy (<c>GET /v1/channel</c>).</summary>
    public Task<ChannelView> GetAsync(CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ChannelView>("v1/channel", cancellationToken);
}
