using Grid.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Grid.Api.Idempotency;

/// <summary>
/// Responses by idempotency key, kept for the configured window and up to the configured count (oldest go first). A key
/// is claimed by its first request until that request's response is kept, or abandoned when it failed; the grains behind
/// the API refuse to apply a key twice on their own, so a response that is no longer kept is never a second change.
/// </summary>
/// <remarks>
/// Built for a flash sale, where every request brings a new key and each is kept for a while: keys and fingerprints are
/// digests held in a ring of plain structs, bodies are copied into shared chunks, so a kept response is no object of its
/// own and the garbage collector neither traces nor promotes the hundred thousand of them.
/// </remarks>
internal sealed class IdempotencyStore
{
    private const int InitialSlots = 1_024;

    /// <summary>Distinct content types kept (the API answers with a handful); a response of another is not kept.</summary>
    private const int MaxContentTypes = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<Sha256Digest, long> _index = [];  // key -> sequence number of its slot
    private readonly ResponseArena _bodies = new();
    private readonly List<string> _contentTypes = [];
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly int _capacity;
    private IdempotencySlot[] _slots;
    private int _head;            // ring position of the oldest slot
    private long _headSequence;   // its sequence number; the slots after it follow in sequence
    private int _count;

    public IdempotencyStore(TimeProvider time, IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _window = options.Value.IdempotencyWindow;
        _capacity = options.Value.IdempotencyCapacity;
        _slots = new IdempotencySlot[Math.Min(_capacity, InitialSlots)];
    }

    /// <summary>Responses kept or requests running.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _index.Count;
            }
        }
    }

    /// <summary>Bytes held for kept bodies.</summary>
    public long BodyBytes
    {
        get
        {
            lock (_lock)
            {
                return _bodies.ChunkBytes;
            }
        }
    }

    /// <summary>
    /// Claims the key for a request with this fingerprint, or says how the key was used before. A claim (on
    /// <see cref="IdempotencyDecision.Run"/>) names the request's own slot: completing or abandoning it touches only that
    /// slot, never a later claim of the same key made after this one's slot was evicted.
    /// </summary>
    public IdempotencyDecision Begin(in Sha256Digest key, in Sha256Digest fingerprint, out StoredResponse? response, out long claim)
    {
        response = null;
        claim = -1;
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Prune(now.UtcTicks);
            if (_index.TryGetValue(key, out var sequence))
            {
                ref var slot = ref At(sequence);
                if (slot.Fingerprint != fingerprint)
                {
                    return IdempotencyDecision.Mismatch;
                }

                if (slot.State != IdempotencySlotState.Completed)
                {
                    return IdempotencyDecision.InProgress;
                }

                response = new StoredResponse(slot.StatusCode, slot.ContentType == 0 ? null : _contentTypes[slot.ContentType - 1], _bodies.Copy(slot.Body));
                return IdempotencyDecision.Replay;
            }

            MakeRoom();
            var added = _headSequence + _count;
            _count++;
            At(added) = new IdempotencySlot
            {
                Key = key,
                Fingerprint = fingerprint,
                ExpiresAtTicks = (now + _window).UtcTicks,
                State = IdempotencySlotState.Running,
            };
            _index.Add(key, added);
            claim = added;
            return IdempotencyDecision.Run;
        }
    }

    /// <summary>
    /// Keeps the response of the request that claimed the key; false when it is not kept (the key went meanwhile, or
    /// the response's content type is not one the store keeps), which the caller then abandons.
    /// </summary>
    public bool Complete(in Sha256Digest key, long claim, int statusCode, string? contentType, ReadOnlySpan<byte> body)
    {
        lock (_lock)
        {
            if (!_index.TryGetValue(key, out var sequence) || sequence != claim)
            {
                return false;
            }

            ref var slot = ref At(sequence);
            if (slot.State != IdempotencySlotState.Running || !TryContentType(contentType, out var type))
            {
                return false;
            }

            slot.Body = _bodies.Append(body);
            slot.StatusCode = statusCode;
            slot.ContentType = type;
            slot.State = IdempotencySlotState.Completed;
            return true;
        }
    }

    /// <summary>Frees the key of a request that failed, so a retry runs again.</summary>
    public void Abandon(in Sha256Digest key, long claim)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var sequence) && sequence == claim && At(sequence).State == IdempotencySlotState.Running)
            {
                At(sequence).State = IdempotencySlotState.Abandoned;
                _index.Remove(key);
            }
        }
    }

    private ref IdempotencySlot At(long sequence) => ref _slots[(_head + (int)(sequence - _headSequence)) % _slots.Length];

    /// <summary>Lets the expired keys go; the window is the same for all, so they are the oldest.</summary>
    private void Prune(long nowTicks)
    {
        while (_count > 0 && _slots[_head].ExpiresAtTicks <= nowTicks)
        {
            EvictOldest();
        }
    }

    /// <summary>Makes room for one more: the oldest go beyond the capacity, and the ring grows until it reaches it.</summary>
    private void MakeRoom()
    {
        while (_count >= _capacity)
        {
            EvictOldest();
        }

        if (_count == _slots.Length)
        {
            var grown = new IdempotencySlot[(int)Math.Min(_capacity, _slots.Length * 2L)];
            var tail = Math.Min(_count, _slots.Length - _head);
            Array.Copy(_slots, _head, grown, 0, tail);
            Array.Copy(_slots, 0, grown, tail, _count - tail);
            _slots = grown;
            _head = 0;
        }
    }

    private void EvictOldest()
    {
        ref var oldest = ref _slots[_head];
        if (oldest.State == IdempotencySlotState.Completed)
        {
            _bodies.Release(oldest.Body);
        }

        // The key may have been freed and claimed again since: then it belongs to a later slot, which stays.
        if (oldest.State != IdempotencySlotState.Abandoned && _index.TryGetValue(oldest.Key, out var sequence) && sequence == _headSequence)
        {
            _index.Remove(oldest.Key);
        }

        oldest = default;
        _head = (_head + 1) % _slots.Length;
        _headSequence++;
        _count--;
    }

    private bool TryContentType(string? contentType, out short type)
    {
        type = 0;
        if (contentType is null)
        {
            return true;
        }

        var index = _contentTypes.IndexOf(contentType);
        if (index < 0)
        {
            if (_contentTypes.Count == MaxContentTypes)
            {
                return false;
            }

            _contentTypes.Add(contentType);
            index = _contentTypes.Count - 1;
        }

        type = (short)(index + 1);
        return true;
    }
}
