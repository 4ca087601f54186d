using Grid.Api.Problems;
using Grid.Contracts.Admin;
using Grid.Grains.ApiKeys;

namespace Grid.Api.Admin;

/// <summary>Stored keys as the API shows them.</summary>
internal static class ApiKeyViews
{
    private static readonly ApiScopes[] Each = [ApiScopes.Channel, ApiScopes.Ops, ApiScopes.Admin];

    public static ApiKeyView Of(ApiKeyRecord key) =>
        new(key.Id, key.Name, [.. Each.Where(s => key.Scopes.HasFlag(s)).Select(s => WireNames.Of(s))], key.Channel?.Value, key.RequestsPerSecond, key.CreatedAt, key.RevokedAt);
}
