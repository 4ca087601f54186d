namespace Grid.Contracts.Admin;

/// <summary>A new API key.</summary>
/// <param name="Name">What it is for, 1 to 200 printable characters.</param>
/// <param name="Scopes">Any of <c>channel</c>, <c>ops</c>, <c>admin</c>.</param>
/// <param name="Channel">The channel a <c>channel</c> key belongs to (it must be defined); null otherwise.</param>
/// <param name="RequestsPerSecond">Its rate limit, 1 to 1,000,000; null for the API's default.</param>
public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Scopes, string? Channel = null, int? RequestsPerSecond = null);
