using Grid.Api.Access;
using Grid.Api.Problems;
using Grid.Api.Idempotency;
using Grid.Contracts.Admin;
using Grid.Grains.ApiKeys;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Admin;

/// <summary>
/// API keys for admins: <c>/admin/api-keys</c>. A key's text is shown once, when it is created; Grid keeps only the hash of
/// its secret. Revocation is immediate on this node (other nodes stop trusting it within the key cache duration).
/// </summary>
internal static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeys(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/admin/api-keys").RequireScope(ApiScopes.Admin).WithTags("Admin");
        group.MapPost("", CreateAsync).WithName("CreateApiKey").WithMetadata(new IdempotentAttribute());
        group.MapGet("/{id}", GetAsync).WithName("GetApiKey");
        group.MapPost("/{id}/revoke", RevokeAsync).WithName("RevokeApiKey").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateAsync(CreateApiKeyRequest request, IGrainFactory grains, TimeProvider time)
    {
        var scopes = ApiScopes.None;
        foreach (var name in request.Scopes ?? [])
        {
            if (!WireNames.TryParse<ApiScopes>(name, out var scope, out var error) || scope == ApiScopes.None)
            {
                return ApiProblem.BadRequest("invalid_api_key", $"A scope is channel, ops or admin. {error}");
            }

            scopes |= scope;
        }

        ChannelId? channel = null;
        if (request.Channel is not null)
        {
            if (!ChannelId.TryParse(request.Channel, out var id, out var error))
            {
                return ApiProblem.BadRequest("invalid_channel", error);
            }

            if (await grains.GetGrain<IChannelGrain>(id.Value).GetAsync().ConfigureAwait(false) is null)
            {
                return ApiProblem.NotFound("unknown_channel", $"Channel '{id}' is not defined; define it first.");
            }

            channel = id;
        }

        var (keyId, text, hash) = ApiKeyText.Create();
        var record = new ApiKeyRecord(keyId, request.Name ?? string.Empty, hash, scopes, channel, request.RequestsPerSecond, time.GetUtcNow(), null);
        var result = await grains.GetGrain<IApiKeyGrain>(keyId).CreateAsync(record).ConfigureAwait(false);
        return result.Accepted
            ? TypedResults.Created($"/admin/api-keys/{keyId}", new CreatedApiKey(text, ApiKeyViews.Of(result.Key!)))
            : ApiProblem.BadRequest("invalid_api_key", result.Detail ?? "The key breaks a rule.");
    }

    internal static async Task<Results<Ok<ApiKeyView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        if (!ApiKeyText.IsId(id) || await grains.GetGrain<IApiKeyGrain>(id).GetAsync().ConfigureAwait(false) is not { } key)
        {
            return ApiProblem.NotFound("unknown_api_key", $"No key has id '{WireNames.Truncate(id)}'.");
        }

        return TypedResults.Ok(ApiKeyViews.Of(key));
    }

    internal static async Task<Results<Ok<ApiKeyView>, ProblemHttpResult>> RevokeAsync(string id, IGrainFactory grains, ApiKeyVerifier verifier)
    {
        if (!ApiKeyText.IsId(id))
        {
            return ApiProblem.NotFound("unknown_api_key", $"No key has id '{WireNames.Truncate(id)}'.");
        }

        var result = await grains.GetGrain<IApiKeyGrain>(id).RevokeAsync().ConfigureAwait(false);
        verifier.Forget(id);
        return result.Accepted
            ? TypedResults.Ok(ApiKeyViews.Of(result.Key!))
            : ApiProblem.NotFound("unknown_api_key", result.Detail ?? "No such key.");
    }
}
