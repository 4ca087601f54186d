using Grid.Runtime;

namespace Grid.Grains.ApiKeys;

/// <summary>One API key, keyed by its public id. Created once, read on authentication, revoked for good.</summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the key; durable before it returns. Creating the same key again (same hash, scopes and channel) is accepted
    /// and changes nothing; a different key under the same id is rejected with <see cref="ApiKeyError.KeyExists"/>.
    /// </summary>
    ValueTask<ApiKeyResult> CreateAsync(ApiKeyRecord key);

    /// <summary>Revokes the key for good; revoking it again changes nothing.</summary>
    ValueTask<ApiKeyResult> RevokeAsync();

    /// <summary>The key; null when none was created under this id.</summary>
    ValueTask<ApiKeyRecord?> GetAsync();
}
