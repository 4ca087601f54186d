using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Grid.Api.Access;
using Grid.Api.Problems;
using Grid.Api.Idempotency;
using Grid.Grains.ApiKeys;
using Grid.Grains.SampleData;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Grid.Api.SampleData;

/// <summary>
/// Sample data for ops: <c>POST /ops/sample-data?seed=42</c> loads the deterministic sample set of that seed (default
/// 42) into the running grid and answers with what it defined and set. Loading the same seed again changes no stock.
/// </summary>
public static class SampleDataEndpoints
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Maps the sample data endpoint.</summary>
    public static IEndpointRouteBuilder MapSampleData(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/ops/sample-data", LoadAsync).RequireScope(ApiScopes.Ops).WithTags("Sample data").WithName("LoadSampleData").WithMetadata(new IdempotentAttribute())
            .WithRequestTimeout(LoadTimeout);
        return endpoints;
    }

    internal static async Task<Results<Ok<SampleDataLoadResult>, ProblemHttpResult>> LoadAsync(
        [FromQuery] string? seed,
        IGrainFactory grains,
        TimeProvider timeProvider,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!TryParseSeed(seed, out var value, out var error))
        {
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "invalid_seed", error, "Invalid seed");
        }

        var data = SampleDataSet.Create(value);
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var progress = new SampleDataProgressLog(loggers.CreateLogger(typeof(SampleDataEndpoints)));
        try
        {
            var result = await new SampleDataLoader().LoadAsync(grains, data, today, progress, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(result);
        }
        catch (SampleDataRejectedException rejected)
        {
            return ApiProblem.Of(StatusCodes.Status409Conflict, "sample_data_rejected", rejected.Message, "Sample data rejected");
        }
    }

    private static bool TryParseSeed(string? text, out int seed, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            seed = SampleDataSet.DefaultSeed;
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            return true;
        }

        error = $"A seed is a whole number from 0 to {int.MaxValue}.";
        return false;
    }
}
