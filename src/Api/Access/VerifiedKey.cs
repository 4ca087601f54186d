namespace Grid.Api.Access;

/// <summary>A key that authenticated: who it is and its rate limit.</summary>
internal sealed record VerifiedKey(ApiCaller Caller, int RequestsPerSecond)
{
    /// <summary>The key's rate limit partition (a new rate starts a new bucket).</summary>
    public string RatePartition { get; } = $"key:{Caller.KeyId}:{RequestsPerSecond}";
}
