using Grid.Api.Problems;
using Grid.Grains.ApiKeys;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Access;

/// <summary>Lets a request through only when its key holds the scope: 401 without a key, 403 with a key that lacks it.</summary>
internal sealed class ScopeFilter(ApiScopes scope) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = context.HttpContext.GetCaller();
        if (caller is null)
        {
            return ValueTask.FromResult<object?>(ApiProblem.Of(StatusCodes.Status401Unauthorized, "unauthorized", "This needs an API key (Authorization: Bearer grid_... or X-Api-Key)."));
        }

        if (!caller.Has(scope) || (scope == ApiScopes.Channel && caller.Channel is null))
        {
            return ValueTask.FromResult<object?>(ApiProblem.Of(StatusCodes.Status403Forbidden, "forbidden", $"This needs a key with the {scope.ToString().ToLowerInvariant()} scope."));
        }

        return next(context);
    }
}
