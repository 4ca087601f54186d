using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.ApiKeys;

/// <summary>An API key as Grid stores it: never the secret, only its SHA-256 hash.</summary>
/// <param name="Id">The key's public id (the part of the key before its secret).</param>
/// <param name="Name">What the key is for, 1 to 200 printable characters.</param>
/// <param name="SecretHash">SHA-256 of the key's secret, 32 bytes.</param>
/// <param name="Scopes">What the key may do; a key with <see cref="ApiScopes.Channel"/> names its channel.</param>
/// <param name="Channel">The channel whose data a channel-scoped key reaches; null for ops and admin keys.</param>
/// <param name="RequestsPerSecond">The key's rate limit; null for the API's default.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="RevokedAt">When the key was revoked; a revoked key authenticates nothing.</param>
[GenerateSerializer]
public sealed record ApiKeyRecord(
    string Id,
    string Name,
    byte[] SecretHash,
    ApiScopes Scopes,
    ChannelId? Channel,
    int? RequestsPerSecond,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);
