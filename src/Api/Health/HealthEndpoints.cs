using Grid.Grains.Health;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Health;

/// <summary>The health endpoint: a real grain round trip, answered within a short deadline.</summary>
public static class HealthEndpoints
{
    /// <summary>The probe grain's key.</summary>
    public const string ProbeKey = "health";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Maps <c>GET /health</c>.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/health", CheckHealthAsync).WithName("Health");
        return endpoints;
    }

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> CheckHealthAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        try
        {
            var report = await grains.GetGrain<IHealthGrain>(ProbeKey).CheckAsync().WaitAsync(ProbeTimeout, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthResponse("healthy", report.CheckedAt, report.ChecksServed));
        }
        catch (TimeoutException)
        {
            return TypedResults.Problem(
                title: "Grid is unhealthy",
                detail: "The health grain did not answer within 5 seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                extensions: new Dictionary<string, object?> { ["code"] = "unhealthy" });
        }
    }
}
