namespace Grid.Api.Idempotency;

/// <summary>
/// One idempotency key's place in the <see cref="IdempotencyStore"/>'s ring: plain values only (digests, ticks, where
/// the body lies), so the ring is one array the garbage collector never traces. Mutable, and changed only under the
/// store's lock.
/// </summary>
internal struct IdempotencySlot
{
    public Sha256Digest Key;

    public Sha256Digest Fingerprint;

    public long ExpiresAtTicks;

    public ArenaSlice Body;

    public int StatusCode;

    /// <summary>1 + the index of the content type in the store's table; 0 for none.</summary>
    public short ContentType;

    public IdempotencySlotState State;
}
