namespace Grid.Api.Health;

/// <summary>The body of <c>GET /health</c>.</summary>
public sealed record HealthResponse(string Status, DateTimeOffset CheckedAt, long ChecksServed);
