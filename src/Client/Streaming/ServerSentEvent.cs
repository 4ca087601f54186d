namespace Grid.Client.Streaming;

/// <summary>One dispatched Server-Sent Event.</summary>
/// <param name="Id">The last event id as of this event (an event without an <c>id:</c> field keeps the one before it).</param>
/// <param name="Type">The <c>event:</c> field, <c>message</c> when there was none.</param>
/// <param name="Data">The <c>data:</c> lines joined by line feeds.</param>
internal sealed record ServerSentEvent(string? Id, string Type, string Data);
