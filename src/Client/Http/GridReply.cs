namespace Grid.Client.Http;

/// <summary>A successful answer's body, and whether it was a replay of an idempotency key's first answer.</summary>
internal readonly record struct GridReply<T>(T Value, bool Replayed);
