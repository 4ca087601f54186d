namespace Grid.Api.Hosting;

/// <summary>Settings of the HTTP API, bound from the <c>Grid:Api</c> configuration section and validated at start.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Grid:Api";

    /// <summary>Default rate limit of a key that names none, requests per second.</summary>
    public const int DefaultRequestsPerSecond = 1_000;

    /// <summary>Default largest request body, bytes.</summary>
    public const long DefaultMaxRequestBodyBytes = 64 * 1024;

    /// <summary>Default deadline of a request (streams excepted).</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Default time an idempotency key's response is replayed.</summary>
    public static readonly TimeSpan DefaultIdempotencyWindow = TimeSpan.FromHours(24);

    /// <summary>Longest idempotency window: grains remember keys for 24 hours.</summary>
    public static readonly TimeSpan MaxIdempotencyWindow = TimeSpan.FromHours(24);

    /// <summary>Default number of idempotent responses kept.</summary>
    public const int DefaultIdempotencyCapacity = 100_000;

    /// <summary>Default time a verified key is trusted before it is read again (revocation through this API is immediate).</summary>
    public static readonly TimeSpan DefaultKeyCacheDuration = TimeSpan.FromSeconds(30);

    /// <summary>The admin key to create at first start (<c>grid_{16}_{43}</c>); null to generate one and write it to the data folder.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>Requests per second of a key that names no rate of its own (bursts up to twice that).</summary>
    public int DefaultRequestsPerSecondPerKey { get; set; } = DefaultRequestsPerSecond;

    /// <summary>Requests per second from one address without a key (health checks, failed authentication).</summary>
    public int AnonymousRequestsPerSecond { get; set; } = DefaultRequestsPerSecond;

    /// <summary>Largest request body, bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Deadline of a request; an overdue one gets 504.</summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>How long the response to an idempotency key is replayed.</summary>
    public TimeSpan IdempotencyWindow { get; set; } = DefaultIdempotencyWindow;

    /// <summary>Most idempotent responses kept in memory; beyond it the oldest go (the grains still refuse to apply a key twice).</summary>
    public int IdempotencyCapacity { get; set; } = DefaultIdempotencyCapacity;

    /// <summary>How long a verified key is trusted before it is read again.</summary>
    public TimeSpan KeyCacheDuration { get; set; } = DefaultKeyCacheDuration;

    /// <summary>Every rule the settings break, as readable sentences.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (BootstrapAdminKey is not null && !Access.ApiKeyText.TryParse(BootstrapAdminKey, out _, out _))
        {
            errors.Add($"{SectionName}:BootstrapAdminKey is not an API key (grid_ + 16 lowercase letters or digits + _ + 43 base64url characters).");
        }

        if (DefaultRequestsPerSecondPerKey is < 1 or > Grains.ApiKeys.ApiKeyRules.MaxRequestsPerSecond)
        {
            errors.Add($"{SectionName}:DefaultRequestsPerSecondPerKey must be 1 to {Grains.ApiKeys.ApiKeyRules.MaxRequestsPerSecond}.");
        }

        if (AnonymousRequestsPerSecond is < 1 or > Grains.ApiKeys.ApiKeyRules.MaxRequestsPerSecond)
        {
            errors.Add($"{SectionName}:AnonymousRequestsPerSecond must be 1 to {Grains.ApiKeys.ApiKeyRules.MaxRequestsPerSecond}.");
        }

        if (MaxRequestBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            errors.Add($"{SectionName}:MaxRequestBodyBytes must be 1 KiB to 16 MiB.");
        }

        if (RequestTimeout < TimeSpan.FromMilliseconds(100) || RequestTimeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{SectionName}:RequestTimeout must be 100 ms to 10 minutes.");
        }

        if (IdempotencyWindow < TimeSpan.FromSeconds(1) || IdempotencyWindow > MaxIdempotencyWindow)
        {
            errors.Add($"{SectionName}:IdempotencyWindow must be 1 second to 24 hours.");
        }

        if (IdempotencyCapacity is < 1 or > 10_000_000)
        {
            errors.Add($"{SectionName}:IdempotencyCapacity must be 1 to 10,000,000.");
        }

        if (KeyCacheDuration < TimeSpan.Zero || KeyCacheDuration > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{SectionName}:KeyCacheDuration must be 0 to 10 minutes.");
        }

        return errors;
    }
}
