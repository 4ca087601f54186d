using Grid.Grains.ApiKeys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Grid.Api.Access;

/// <summary>Puts endpoints behind a scope (enforced by <see cref="ScopeMiddleware"/>).</summary>
internal static class ScopeRequirementExtensions
{
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, ApiScopes scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ScopeRequirement(scope))
            .WithMetadata([.. ProblemStatuses.Select(status => new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ProblemContentType]))]);

    private const string ProblemContentType = "application/problem+json";

    private static readonly int[] ProblemStatuses =
    [
        StatusCodes.Status400BadRequest,
        StatusCodes.Status401Unauthorized,
        StatusCodes.Status403Forbidden,
        StatusCodes.Status404NotFound,
        StatusCodes.Status409Conflict,
        StatusCodes.Status422UnprocessableEntity,
        StatusCodes.Status429TooManyRequests,
    ];
}
