namespace Grid.Api.Access;

/// <summary>Endpoint metadata naming the scope an endpoint needs (for the OpenAPI document).</summary>
internal sealed record ScopeRequirement(string Name);
