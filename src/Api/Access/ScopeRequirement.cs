using Grid.Grains.ApiKeys;

namespace Grid.Api.Access;

/// <summary>Endpoint metadata: the scope an endpoint needs (checked by <see cref="ScopeMiddleware"/>, named in the OpenAPI document).</summary>
internal sealed record ScopeRequirement(ApiScopes Scope)
{
    public string Name { get; } = Scope.ToString().ToLowerInvariant();
}
