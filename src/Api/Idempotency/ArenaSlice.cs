namespace Grid.Api.Idempotency;

/// <summary>Where a body lies in the <see cref="ResponseArena"/>: a chunk, an offset in it and a length (0: no body).</summary>
internal readonly record struct ArenaSlice(long Chunk, int Offset, int Length)
{
    public static ArenaSlice Empty => default;
}
