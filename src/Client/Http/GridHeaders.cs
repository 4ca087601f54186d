namespace Grid.Client.Http;

/// <summary>The headers of the Grid API's protocol.</summary>
internal static class GridHeaders
{
    public const string IdempotencyKey = "Idempotency-Key";
    public const string IdempotentReplayed = "Idempotent-Replayed";
    public const string LastEventId = "Last-Event-ID";

    /// <summary>Refuses a header value holding control characters (a line break would end the header).</summary>
    public static void ThrowIfNotSendable(string value, string name)
    {
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("The value holds control characters and cannot be sent as a header.", name);
        }
    }
}
