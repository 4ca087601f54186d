using Grid.Api.Access;
using Grid.Api.Idempotency;
using Grid.Grains.ApiKeys;
using Grid.Grains.Probes;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Probes;

/// <summary>
/// Write probes for ops: <c>POST /ops/probes/{key}/increments</c> answers only once the new count is durable;
/// <c>GET /ops/probes/{key}</c> reads it back, for example after a crash.
/// </summary>
public static class ProbeEndpoints
{
    /// <summary>Maps the probe endpoints.</summary>
    public static IEndpointRouteBuilder MapProbes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/ops/probes").RequireScope(ApiScopes.Ops).WithTags("Probes");
        group.MapPost("/{key}/increments", IncrementAsync).WithName("IncrementProbe").WithMetadata(new IdempotentAttribute());
        group.MapGet("/{key}", GetAsync).WithName("GetProbe");
        return endpoints;
    }

    internal static async Task<Results<Ok<ProbeResponse>, ProblemHttpResult>> IncrementAsync(string key, IGrainFactory grains)
    {
        if (!ProbeKey.TryParse(key, out var probe, out var error))
        {
            return InvalidKey(error);
        }

        var count = await grains.GetGrain<IWriteProbeGrain>(probe.Value).IncrementAsync().ConfigureAwait(false);
        return TypedResults.Ok(new ProbeResponse(probe.Value, count));
    }

    internal static async Task<Results<Ok<ProbeResponse>, ProblemHttpResult>> GetAsync(string key, IGrainFactory grains)
    {
        if (!ProbeKey.TryParse(key, out var probe, out var error))
        {
            return InvalidKey(error);
        }

        var count = await grains.GetGrain<IWriteProbeGrain>(probe.Value).GetAsync().ConfigureAwait(false);
        return TypedResults.Ok(new ProbeResponse(probe.Value, count));
    }

    private static ProblemHttpResult InvalidKey(string error) =>
        TypedResults.Problem(
            title: "Invalid probe key",
            detail: error,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["code"] = "invalid_probe_key" });
}
