using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.ApiKeys;

/// <summary>One API key: created once (durable before acknowledged), revoked for good; a rejected call writes nothing.</summary>
internal sealed class ApiKeyGrain([PersistentState(ApiKeyState.StateName)] IPersistentState<ApiKeyState> state) : Grain, IApiKeyGrain
{
    public async ValueTask<ApiKeyResult> CreateAsync(ApiKeyRecord key)
    {
        if (!ApiKeyRules.TryValidate(key, GetPrimaryKeyString(), out var error))
        {
            return new ApiKeyResult(ApiKeyError.InvalidKey, error, null);
        }

        if (state.State.Key is { } existing)
        {
            return SameKey(existing, key)
                ? new ApiKeyResult(ApiKeyError.None, null, existing)
                : new ApiKeyResult(ApiKeyError.KeyExists, $"A different key exists under id '{key.Id}'.", null);
        }

        var created = key with { SecretHash = [.. key.SecretHash] };
        state.State.Key = created;
        await state.WriteStateAsync();
        return new ApiKeyResult(ApiKeyError.None, null, created);
    }

    public async ValueTask<ApiKeyResult> RevokeAsync()
    {
        if (state.State.Key is not { } key)
        {
            return new ApiKeyResult(ApiKeyError.UnknownKey, $"No key has id '{GetPrimaryKeyString()}'.", null);
        }

        if (key.RevokedAt is not null)
        {
            return new ApiKeyResult(ApiKeyError.None, null, key);
        }

        var revoked = key with { RevokedAt = TimeProvider.GetUtcNow() };
        state.State.Key = revoked;
        await state.WriteStateAsync();
        return new ApiKeyResult(ApiKeyError.None, null, revoked);
    }

    public ValueTask<ApiKeyRecord?> GetAsync() => ValueTask.FromResult(state.State.Key);

    private static bool SameKey(ApiKeyRecord existing, ApiKeyRecord key) =>
        existing.SecretHash.AsSpan().SequenceEqual(key.SecretHash)
        && existing.Scopes == key.Scopes
        && existing.Channel == key.Channel
        && existing.Name == key.Name
        && existing.RequestsPerSecond == key.RequestsPerSecond;
}
