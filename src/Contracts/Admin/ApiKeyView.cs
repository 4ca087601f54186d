namespace Grid.Contracts.Admin;

/// <summary>An API key as admins see it: never its secret.</summary>
/// <param name="Id">Its public id.</param>
/// <param name="Name">What it is for.</param>
/// <param name="Scopes">What it may do.</param>
/// <param name="Channel">Its channel, for channel keys.</param>
/// <param name="RequestsPerSecond">Its rate limit; null for the default.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
public sealed record ApiKeyView(string Id, string Name, IReadOnlyList<string> Scopes, string? Channel, int? RequestsPerSecond, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
