using Grid.Api.Access;
using Grid.Api.Idempotency;
using Grid.Api.Problems;
using Grid.Contracts.Locations;
using Grid.Grains.ApiKeys;
using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Locations;

/// <summary>Locations for ops: <c>/ops/locations</c>: define, open or close, read one or all.</summary>
internal static class LocationEndpoints
{
    public static IEndpointRouteBuilder MapLocations(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/ops/locations").RequireScope(ApiScopes.Ops).WithTags("Locations");
        group.MapGet("", ListAsync).WithName("ListLocations");
        group.MapPut("/{id}", DefineAsync).WithName("DefineLocation").WithMetadata(new IdempotentAttribute());
        group.MapGet("/{id}", GetAsync).WithName("GetLocation");
        group.MapPost("/{id}/open", (string id, IGrainFactory grains) => SetOpenAsync(id, true, grains)).WithName("OpenLocation").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{id}/close", (string id, IGrainFactory grains) => SetOpenAsync(id, false, grains)).WithName("CloseLocation").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Ok<IReadOnlyList<LocationView>>> ListAsync(IGrainFactory grains)
    {
        var all = await grains.GetGrain<ILocationDirectoryGrain>(ILocationDirectoryGrain.Key).GetAllAsync().ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<LocationView>>([.. all.Select(LocationViews.Of)]);
    }

    internal static async Task<Results<Ok<LocationView>, ProblemHttpResult>> DefineAsync(string id, LocationDefinition definition, IGrainFactory grains)
    {
        if (!LocationId.TryParse(id, out var location, out var error))
        {
            return ApiProblem.BadRequest("invalid_location", error);
        }

        if (!LocationViews.TryParse(location, definition, out var profile, out error))
        {
            return ApiProblem.BadRequest("invalid_location", error);
        }

        return Outcome(await grains.GetGrain<ILocationGrain>(location.Value).DefineAsync(profile).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<LocationView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        if (!LocationId.TryParse(id, out var location, out var error))
        {
            return ApiProblem.BadRequest("invalid_location", error);
        }

        var status = await grains.GetGrain<ILocationGrain>(location.Value).GetStatusAsync().ConfigureAwait(false);
        return status is null ? ApiProblem.NotFound("unknown_location", $"Location '{location}' is not defined.") : TypedResults.Ok(LocationViews.Of(status));
    }

    private static async Task<Results<Ok<LocationView>, ProblemHttpResult>> SetOpenAsync(string id, bool open, IGrainFactory grains)
    {
        if (!LocationId.TryParse(id, out var location, out var error))
        {
            return ApiProblem.BadRequest("invalid_location", error);
        }

        return Outcome(await grains.GetGrain<ILocationGrain>(location.Value).SetOpenAsync(open).ConfigureAwait(false));
    }

    private static Results<Ok<LocationView>, ProblemHttpResult> Outcome(LocationResult result) => result.Error switch
    {
        LocationError.None => TypedResults.Ok(LocationViews.Of(result.Status!)),
        LocationError.UnknownLocation => ApiProblem.NotFound(result.Error.ToCode(), result.Detail ?? "The location is not defined."),
        _ => ApiProblem.BadRequest(result.Error.ToCode(), result.Detail ?? "The location breaks a rule."),
    };
}
