namespace Grid.Client;

/// <summary>Where a <see cref="GridClient"/> connects, with which key, and how it retries and reconnects.</summary>
public sealed class GridClientOptions
{
    /// <summary>The section these options bind from, for hosts that bind them from configuration.</summary>
    public const string SectionName = "Grid:Client";

    /// <summary>Default retries of a request after its first attempt failed transiently.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>Most retries that may be configured.</summary>
    public const int MaxMaxRetries = 20;

    /// <summary>Default address of the Grid API: a silo started with <c>dotnet run --project src/Silo</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("http://127.0.0.1:5080/");

    /// <summary>Default API key: none; the HttpClient given to the client may carry one itself.</summary>
    public const string? DefaultApiKey = null;

    /// <summary>Default deadline of one attempt, until the response has been read.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Default wait before the first retry; it doubles on each further retry.</summary>
    public static readonly TimeSpan DefaultRetryBaseDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Default longest wait before a retry; a Retry-After longer than this is not waited for.</summary>
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>Default wait before an availability stream reconnects, unless the server sent a <c>retry:</c> field.</summary>
    public static readonly TimeSpan DefaultStreamReconnectDelay = TimeSpan.FromSeconds(1);

    /// <summary>Default longest wait between reconnection attempts of an availability stream.</summary>
    public static readonly TimeSpan DefaultStreamMaxReconnectDelay = TimeSpan.FromSeconds(30);

    /// <summary>Default silence (no event, no heartbeat) after which an availability stream is taken for dead and reopened.</summary>
    public static readonly TimeSpan DefaultStreamIdleTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The API's address, for example <c>https://grid.example.com/</c>; null to use the HttpClient's <see cref="HttpClient.BaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The key sent as <c>Authorization: Bearer grid_...</c>; null when the HttpClient already sends one.</summary>
    public string? ApiKey { get; set; } = DefaultApiKey;

    /// <summary>
    /// Retries after a transient failure (a connection error, a timeout, a 5xx, 408, 429 or 409 <c>idempotency_in_progress</c>),
    /// 0 to <see cref="MaxMaxRetries"/>. A retried change keeps its idempotency key, so it is never applied twice.
    /// </summary>
    public int MaxRetries { get; set; } = DefaultMaxRetries;

    /// <summary>Deadline of one attempt (connecting, sending and reading the response); <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>Wait before the first retry when the server names none (Retry-After); doubled on each further retry. Zero retries at once.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = DefaultRetryBaseDelay;

    /// <summary>Longest wait before a retry. An answer whose Retry-After is longer is thrown rather than waited for.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = DefaultMaxRetryDelay;

    /// <summary>Wait before an availability stream reconnects after it dropped; doubled while reconnecting keeps failing.</summary>
    public TimeSpan StreamReconnectDelay { get; set; } = DefaultStreamReconnectDelay;

    /// <summary>Longest wait between reconnection attempts of an availability stream.</summary>
    public TimeSpan StreamMaxReconnectDelay { get; set; } = DefaultStreamMaxReconnectDelay;

    /// <summary>
    /// Silence after which an availability stream is reopened; keep it above the server's heartbeat interval.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> never gives up on a silent stream.
    /// </summary>
    public TimeSpan StreamIdleTimeout { get; set; } = DefaultStreamIdleTimeout;

    /// <summary>Every rule these options break, as readable sentences; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BaseAddress is { IsAbsoluteUri: false })
        {
            errors.Add("BaseAddress must be an absolute URI.");
        }

        if (ApiKey is not null && (ApiKey.Length == 0 || ApiKey.Any(char.IsWhiteSpace)))
        {
            errors.Add("ApiKey must not be empty or contain white space.");
        }

        if (MaxRetries is < 0 or > MaxMaxRetries)
        {
            errors.Add($"MaxRetries must be 0 to {MaxMaxRetries}.");
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && Timeout <= TimeSpan.Zero)
        {
            errors.Add("Timeout must be positive or infinite.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < RetryBaseDelay)
        {
            errors.Add("RetryBaseDelay must be zero or more, and MaxRetryDelay at least RetryBaseDelay.");
        }

        if (StreamReconnectDelay < TimeSpan.Zero || StreamMaxReconnectDelay < StreamReconnectDelay)
        {
            errors.Add("StreamReconnectDelay must be zero or more, and StreamMaxReconnectDelay at least StreamReconnectDelay.");
        }

        if (StreamIdleTimeout != System.Threading.Timeout.InfiniteTimeSpan && StreamIdleTimeout <= TimeSpan.Zero)
        {
            errors.Add("StreamIdleTimeout must be positive or infinite.");
        }

        return errors;
    }

    /// <summary>A copy, so a client's settings cannot change under it.</summary>
    internal GridClientOptions Clone() => (GridClientOptions)MemberwiseClone();
}
