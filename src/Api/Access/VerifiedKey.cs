namespace Grid.Api.Access;

/// <summary>A key that authenticated: who it is and its rate limit.</summary>
internal sealed record VerifiedKey(ApiCaller Caller, int RequestsPerSecond);
