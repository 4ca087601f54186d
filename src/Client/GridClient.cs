using Grid.Client.Admin;
using Grid.Client.Channels;
using Grid.Client.Http;
using Grid.Client.Inventory;
using Grid.Client.Locations;

namespace Grid.Client;

/// <summary>
/// A client of the Grid HTTP API for channel backends, ops tools and admins. Calls are grouped by what they act on
/// (<see cref="Inventory"/>, <see cref="Channel"/>, <see cref="Stock"/>, <see cref="Locations"/>, <see cref="Admin"/>);
/// which of them a key may use depends on its scopes. Non-success answers throw <see cref="GridApiException"/>.
/// Transient failures are retried with backoff, and a retried change keeps its idempotency key, so it is applied once.
/// Thread-safe; make one per API key and keep it.
/// </summary>
public sealed class GridClient : IDisposable
{
    private readonly GridTransport _transport;

    /// <summary>A client of the API at <paramref name="baseAddress"/> with an API key and default options.</summary>
    public GridClient(Uri baseAddress, string apiKey)
        : this(new GridClientOptions { BaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress)), ApiKey = apiKey ?? throw new ArgumentNullException(nameof(apiKey)) })
    {
    }

    /// <summary>A client with its own connection pool, at <see cref="GridClientOptions.BaseAddress"/> with <see cref="GridClientOptions.ApiKey"/>.</summary>
    /// <param name="options">Where to connect, with which key, how to retry; copied, so later changes have no effect.</param>
    /// <param name="timeProvider">The clock of deadlines and waits; <see cref="TimeProvider.System"/> when null.</param>
    public GridClient(GridClientOptions options, TimeProvider? timeProvider = null)
        : this(Validated(options ?? throw new ArgumentNullException(nameof(options))), null, timeProvider)
    {
    }

    /// <summary>
    /// A client over a caller's <see cref="HttpClient"/> (from <c>IHttpClientFactory</c>, or with a test handler), which it
    /// does not dispose. Requests go to the HttpClient's <see cref="HttpClient.BaseAddress"/> when it has one, otherwise
    /// to <see cref="GridClientOptions.BaseAddress"/>; <see cref="GridClientOptions.ApiKey"/>, when set, is added to each request.
    /// </summary>
    /// <param name="httpClient">The HttpClient to send with. Its own Timeout still applies; the client's per-attempt timeout is <see cref="GridClientOptions.Timeout"/>.</param>
    /// <param name="options">Key, retries and timeouts; defaults when null.</param>
    /// <param name="timeProvider">The clock of deadlines and waits; <see cref="TimeProvider.System"/> when null.</param>
    public GridClient(HttpClient httpClient, GridClientOptions? options = null, TimeProvider? timeProvider = null)
        : this(Validated(options ?? new GridClientOptions()), httpClient ?? throw new ArgumentNullException(nameof(httpClient)), timeProvider)
    {
    }

    private GridClient(GridClientOptions options, HttpClient? httpClient, TimeProvider? timeProvider)
    {
        var http = httpClient ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Each attempt has its own deadline (GridClientOptions.Timeout); an availability stream has none.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _transport = new GridTransport(http, ownsHttp: httpClient is null, options, timeProvider ?? TimeProvider.System);
        Inventory = new InventoryClient(_transport);
        Channel = new ChannelClient(_transport);
        Stock = new StockClient(_transport);
        Locations = new LocationsClient(_transport);
        Admin = new AdminClient(_transport);

        // Orders, carts and customers get their groups here once their routes exist (see README.md).
    }

    /// <summary>Channel keys: availability, holds on stock, and the availability stream.</summary>
    public InventoryClient Inventory { get; }

    /// <summary>Channel keys: the key's own channel.</summary>
    public ChannelClient Channel { get; }

    /// <summary>Ops keys: stock levels and physical changes at one SKU-location.</summary>
    public StockClient Stock { get; }

    /// <summary>Ops keys: stock locations.</summary>
    public LocationsClient Locations { get; }

    /// <summary>Admin keys: channels and API keys.</summary>
    public AdminClient Admin { get; }

    /// <summary>Releases the connection pool, when the client made its own.</summary>
    public void Dispose() => _transport.Dispose();

    private static GridClientOptions Validated(GridClientOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? options.Clone() : throw new ArgumentException(string.Join(" ", errors), nameof(options));
    }
}
