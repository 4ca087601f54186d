namespace Grid.Api.Idempotency;

/// <summary>A response kept for replay under its idempotency key.</summary>
internal sealed record StoredResponse(int StatusCode, string? ContentType, byte[] Body);
