namespace Grid.Client.Http;

/// <summary>The headers of the Grid API's protocol.</summary>
internal static class GridHeaders
{
    public const string IdempotencyKey = "Idempotency-Key";
    public const string IdempotentReplayed = "Idempotent-Replayed";
    public const string LastEventId = "Last-Event-ID";
}
