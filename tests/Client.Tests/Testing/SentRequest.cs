namespace Grid.Client.Tests.Testing;

/// <summary>A request as a <see cref="ScriptedHandler"/> saw it leave the client.</summary>
internal sealed record SentRequest(HttpMethod Method, string Path, string? IdempotencyKey, string? Authorization);
