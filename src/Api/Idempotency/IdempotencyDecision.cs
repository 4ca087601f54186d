namespace Grid.Api.Idempotency;

/// <summary>What to do with a request that carries an idempotency key.</summary>
internal enum IdempotencyDecision
{
    /// <summary>The key is new: run the request and keep its response.</summary>
    Run,

    /// <summary>The same request ran before: replay its response.</summary>
    Replay,

    /// <summary>The key was used for a different request: 422.</summary>
    Mismatch,

    /// <summary>The same key's first request is still running: 409, retry later.</summary>
    InProgress,
}
