namespace Grid.Client.Tests.Testing;

/// <summary>A connection the <see cref="SseServer"/> accepted: what the client resumed from and asked for.</summary>
internal sealed record StreamRequest(string? LastEventId, string? Skus, string? Authorization, string? Accept);
