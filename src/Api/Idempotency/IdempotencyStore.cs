using Grid.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Grid.Api.Idempotency;

/// <summary>
/// Responses by idempotency key, kept for the configured window and up to the configured count (oldest go first). A key
/// is claimed by its first request until that request's response is kept, or abandoned when it failed; the grains behind
/// the API refuse to apply a key twice on their own, so a response that is no longer kept is never a second change.
/// </summary>
internal sealed class IdempotencyStore(TimeProvider time, IOptions<ApiOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Entry Entry)> _byAge = new();
    private readonly TimeSpan _window = options.Value.IdempotencyWindow;
    private readonly int _capacity = options.Value.IdempotencyCapacity;

    /// <summary>Responses kept or requests running.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Claims the key for a request with this fingerprint, or says how the key was used before.</summary>
    public IdempotencyDecision Begin(string key, byte[] fingerprint, out StoredResponse? response)
    {
        response = null;
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            if (_entries.TryGetValue(key, out var entry))
            {
                if (!entry.Fingerprint.AsSpan().SequenceEqual(fingerprint))
                {
                    return IdempotencyDecision.Mismatch;
                }

                response = entry.Response;
                return response is null ? IdempotencyDecision.InProgress : IdempotencyDecision.Replay;
            }

            var created = new Entry(fingerprint, now + _window);
            _entries[key] = created;
            _byAge.Enqueue((key, created));
            return IdempotencyDecision.Run;
        }
    }

    /// <summary>Keeps the response of the request that claimed the key.</summary>
    public void Complete(string key, StoredResponse response)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.Response = response;
            }
        }
    }

    /// <summary>Frees the key of a request that failed, so a retry runs again.</summary>
    public void Abandon(string key)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Response is null)
            {
                _entries.Remove(key);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_byAge.TryPeek(out var oldest) && (oldest.Entry.ExpiresAt <= now || _byAge.Count > _capacity))
        {
            _byAge.Dequeue();
            if (_entries.TryGetValue(oldest.Key, out var current) && ReferenceEquals(current, oldest.Entry))
            {
                _entries.Remove(oldest.Key);
            }
        }
    }

    private sealed class Entry(byte[] fingerprint, DateTimeOffset expiresAt)
    {
        public byte[] Fingerprint { get; } = fingerprint;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public StoredResponse? Response { get; set; }
    }
}
