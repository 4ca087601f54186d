using Grid.Runtime;

namespace Grid.Grains.ApiKeys;

/// <summary>The outcome of an API key operation and the key as it is now.</summary>
[GenerateSerializer]
public sealed record ApiKeyResult(ApiKeyError Error, string? Detail, ApiKeyRecord? Key)
{
    /// <summary>True when the operation was applied (or had been).</summary>
    public bool Accepted => Error == ApiKeyError.None;
}
