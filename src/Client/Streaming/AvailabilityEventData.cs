namespace Grid.Client.Streaming;

/// <summary>The JSON of an <c>availability</c> event, as the stream writes it.</summary>
internal sealed record AvailabilityEventData(string? Id, string? Kind, string? Sku, string? Location, long Available, DateTimeOffset At);
