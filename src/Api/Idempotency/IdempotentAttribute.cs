namespace Grid.Api.Idempotency;

/// <summary>Endpoint metadata: the request needs an <c>Idempotency-Key</c> header and its response is replayed for it.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class IdempotentAttribute : Attribute;
