using System.Collections.Concurrent;
using System.Security.Cryptography;
using Grid.Api.Hosting;
using Grid.Grains.ApiKeys;
using Grid.Runtime;
using Microsoft.Extensions.Options;

namespace Grid.Api.Access;

/// <summary>
/// Verifies API keys: the text is checked for shape before anything is looked up, the key grain is read at most once per
/// <see cref="ApiOptions.KeyCacheDuration"/> per key id (unknown ids too, so random keys cost no grain calls), and the
/// secret's hash is compared in constant time.
/// </summary>
internal sealed class ApiKeyVerifier(IGrainFactory grains, TimeProvider time, IOptions<ApiOptions> options)
{
    private const int MaxCachedKeys = 100_000;
    private readonly ConcurrentDictionary<string, CachedKey> _cache = new(StringComparer.Ordinal);

    // Keys that verified, by their full text: a busy key costs a dictionary lookup per request, not a hash and a parse.
    private readonly ConcurrentDictionary<string, (VerifiedKey Key, DateTimeOffset VerifiedAt)> _verified = new(StringComparer.Ordinal);
    private readonly TimeSpan _cacheDuration = options.Value.KeyCacheDuration;
    private readonly int _defaultRate = options.Value.DefaultRequestsPerSecondPerKey;

    /// <summary>The caller a key authenticates, or null when it authenticates nobody.</summary>
    public async ValueTask<VerifiedKey?> VerifyAsync(string text)
    {
        var now = time.GetUtcNow();
        if (_verified.TryGetValue(text, out var known) && now - known.VerifiedAt < _cacheDuration)
        {
            return known.Key;
        }

        if (!ApiKeyText.TryParse(text, out var id, out var secretHash))
        {
            return null;
        }

        var record = await GetAsync(id).ConfigureAwait(false);
        if (record is null || record.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(record.SecretHash, secretHash))
        {
            return null;
        }

        var verified = new VerifiedKey(new ApiCaller(record.Id, record.Channel, record.Scopes), record.RequestsPerSecond ?? _defaultRate);
        if (_verified.Count >= MaxCachedKeys)
        {
            _verified.Clear();
        }

        _verified[text] = (verified, now);
        return verified;
    }

    /// <summary>Forgets what is known of a key, so its next use reads it again (after a revocation).</summary>
    public void Forget(string id)
    {
        _cache.TryRemove(id, out _);
        foreach (var (text, known) in _verified)
        {
            if (known.Key.Caller.KeyId == id)
            {
                _verified.TryRemove(text, out _);
            }
        }
    }

    private async ValueTask<ApiKeyRecord?> GetAsync(string id)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(id, out var cached) && now - cached.ReadAt < _cacheDuration)
        {
            return cached.Record;
        }

        var record = await grains.GetGrain<IApiKeyGrain>(id).GetAsync().ConfigureAwait(false);
        if (_cache.Count >= MaxCachedKeys)
        {
            _cache.Clear();
        }

        _cache[id] = new CachedKey(record, now);
        return record;
    }

    private sealed record CachedKey(ApiKeyRecord? Record, DateTimeOffset ReadAt);
}
