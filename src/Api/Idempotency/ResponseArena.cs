namespace Grid.Api.Idempotency;

/// <summary>
/// The bodies of kept responses, copied one after another into large shared chunks instead of an array each, so kept
/// responses add nothing for the garbage collector to trace or promote however many there are. A chunk is freed once
/// every body in it has been released (bodies go roughly in the order they came); a few freed chunks are kept for reuse,
/// so a store that keeps turning over does not keep allocating large arrays.
/// Not thread-safe: the <see cref="IdempotencyStore"/> calls it under its lock.
/// </summary>
internal sealed class ResponseArena
{
    /// <summary>The size of a chunk; a larger body gets a chunk of its own size.</summary>
    public const int ChunkSize = 256 * 1024;

    private const int MaxSpares = 8;

    private readonly Dictionary<long, Chunk> _chunks = [];
    private Chunk? _current;
    private readonly Stack<byte[]> _spares = new();
    private long _nextId;

    /// <summary>Bytes of the chunks held (in use or partly released), spares not included.</summary>
    public long ChunkBytes { get; private set; }

    /// <summary>Copies a body in; an empty body takes no space.</summary>
    public ArenaSlice Append(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return ArenaSlice.Empty;
        }

        if (_current is null || _current.Bytes.Length - _current.Used < body.Length)
        {
            Retire(_current);
            _current = Open(body.Length);
        }

        var offset = _current.Used;
        body.CopyTo(_current.Bytes.AsSpan(offset));
        _current.Used += body.Length;
        _current.Live++;
        return new ArenaSlice(_current.Id, offset, body.Length);
    }

    /// <summary>A copy of a body, for a replay that is sent after the store's lock is released.</summary>
    public byte[] Copy(ArenaSlice slice) =>
        slice.Length == 0 ? [] : _chunks[slice.Chunk].Bytes.AsSpan(slice.Offset, slice.Length).ToArray();

    /// <summary>Gives a body's space back; its chunk is freed with the last body in it.</summary>
    public void Release(ArenaSlice slice)
    {
        if (slice.Length == 0)
        {
            return;
        }

        var chunk = _chunks[slice.Chunk];
        if (--chunk.Live == 0 && !ReferenceEquals(chunk, _current))
        {
            Free(chunk);
        }
    }

    private Chunk Open(int atLeast)
    {
        if (atLeast > ChunkSize || !_spares.TryPop(out var bytes))
        {
            bytes = GC.AllocateUninitializedArray<byte>(Math.Max(ChunkSize, atLeast));
        }

        var chunk = new Chunk(_nextId++, bytes);
        _chunks.Add(chunk.Id, chunk);
        ChunkBytes += bytes.Length;
        return chunk;
    }

    /// <summary>The chunk being filled is full: it goes at once if everything in it was already released.</summary>
    private void Retire(Chunk? chunk)
    {
        if (chunk is { Live: 0 })
        {
            Free(chunk);
        }
    }

    private void Free(Chunk chunk)
    {
        _chunks.Remove(chunk.Id);
        ChunkBytes -= chunk.Bytes.Length;
        if (chunk.Bytes.Length == ChunkSize && _spares.Count < MaxSpares)
        {
            _spares.Push(chunk.Bytes);
        }
    }

    private sealed class Chunk(long id, byte[] bytes)
    {
        public long Id { get; } = id;

        public byte[] Bytes { get; } = bytes;

        public int Used { get; set; }

        public int Live { get; set; }
    }
}
