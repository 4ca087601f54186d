using Grid.Api.Problems;
using Grid.Grains.ApiKeys;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Access;

/// <summary>
/// Lets a request through to an endpoint that needs a scope only when its key holds it: 401 without a key, 403 with a
/// key that lacks it (or a channel-scoped endpoint called by a key of no channel). A middleware on the endpoint's
/// metadata rather than an endpoint filter, so the endpoints keep the framework's fast, unboxed handler path.
/// </summary>
internal sealed class ScopeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ScopeRequirement>() is not { } requirement)
        {
            return next(context);
        }

        var caller = context.GetCaller();
        if (caller is null)
        {
            return ApiProblem.Of(StatusCodes.Status401Unauthorized, "unauthorized", "This needs an API key (Authorization: Bearer grid_... or X-Api-Key).")
                .ExecuteAsync(context);
        }

        if (!caller.Has(requirement.Scope) || (requirement.Scope == ApiScopes.Channel && caller.Channel is null))
        {
            return ApiProblem.Of(StatusCodes.Status403Forbidden, "forbidden", $"This needs a key with the {requirement.Name} scope.")
                .ExecuteAsync(context);
        }

        return next(context);
    }
}
