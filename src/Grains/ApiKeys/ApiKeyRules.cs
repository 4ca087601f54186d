using System.Diagnostics.CodeAnalysis;

namespace Grid.Grains.ApiKeys;

/// <summary>What makes an <see cref="ApiKeyRecord"/> valid.</summary>
public static class ApiKeyRules
{
    /// <summary>Longest key name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Highest per-key rate limit, requests per second.</summary>
    public const int MaxRequestsPerSecond = 1_000_000;

    /// <summary>Bytes of a SHA-256 hash.</summary>
    public const int HashLength = 32;

    private const ApiScopes AllScopes = ApiScopes.Channel | ApiScopes.Ops | ApiScopes.Admin;

    /// <summary>Checks a key, or says which rule it breaks.</summary>
    public static bool TryValidate(ApiKeyRecord key, string id, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(key);
        error = key switch
        {
            _ when key.Id != id => $"The key's id '{key.Id}' is not the grain's key '{id}'.",
            { Name: null or "" } => "A key name is required.",
            { Name.Length: > MaxNameLength } => $"A key name is at most {MaxNameLength} characters long.",
            _ when key.Name.Any(char.IsControl) => "A key name holds no control characters.",
            { SecretHash: null } or { SecretHash.Length: not HashLength } => $"A key's secret hash is {HashLength} bytes (SHA-256).",
            { Scopes: ApiScopes.None } => "A key has at least one scope: channel, ops or admin.",
            _ when (key.Scopes & ~AllScopes) != 0 => "A key's scopes are channel, ops and admin.",
            _ when key.Scopes.HasFlag(ApiScopes.Channel) && key.Channel is null => "A channel-scoped key names its channel.",
            _ when !key.Scopes.HasFlag(ApiScopes.Channel) && key.Channel is not null => "Only a channel-scoped key names a channel.",
            { RequestsPerSecond: < 1 or > MaxRequestsPerSecond } => $"A key's rate limit is 1 to {MaxRequestsPerSecond:N0} requests per second.",
            { RevokedAt: not null } => "A key is created unrevoked.",
            _ => null,
        };
        return error is null;
    }
}
