namespace Grid.Api.Idempotency;

/// <summary>Where an <see cref="IdempotencySlot"/> stands.</summary>
internal enum IdempotencySlotState : byte
{
    /// <summary>Its request is running: the same key meanwhile is told to retry.</summary>
    Running = 1,

    /// <summary>Its response is kept for replay.</summary>
    Completed,

    /// <summary>Its request failed: the key was freed, and the slot only waits to leave the ring.</summary>
    Abandoned,
}
