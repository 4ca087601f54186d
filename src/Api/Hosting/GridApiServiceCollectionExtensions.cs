using System.Text.Json.Serialization;
using Grid.Api.Access;
using Grid.Api.Idempotency;
using Grid.Api.Problems;
using Grid.Api.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grid.Api.Hosting;

/// <summary>Adds the channel and ops HTTP API's services.</summary>
public static class GridApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ApiOptions"/> (bound from <c>Grid:Api</c>, validated at start), problem details with stable codes,
    /// API key verification, idempotency, per-key rate limits, request size limits, timeouts and the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddGridApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiKeyVerifier>();
        services.TryAddSingleton<IdempotencyStore>();
        services.TryAddSingleton<Channels.ChannelProfileCache>();
        services.TryAddSingleton<BootstrapAdminKey>();
        services.AddHostedService(static provider => provider.GetRequiredService<BootstrapAdminKey>());
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemCodes.Customize);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.MaxDepth = 32;

            // A body that leaves out a field, or sends null for one that is not optional, is a caller's mistake: never a 0.
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.RespectNullableAnnotations = true;
        });
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiOptions>>((kestrel, api) =>
        {
            kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.AddServerHeader = false;
        });
        // Binding failures (a body that is not JSON, a wrong type) reach the exception handler, which names the cause.
        services.Configure<RouteHandlerOptions>(static options => options.ThrowOnBadRequest = true);
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ApiOptions>>((timeouts, api) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = api.Value.RequestTimeout, TimeoutStatusCode = StatusCodes.Status504GatewayTimeout });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) => RateLimits.Configure(limiter, api.Value));
        services.AddOpenApi("v1", OpenApiConventions.Configure);
        services.AddAvailabilityStreams();
        return services;
    }
}
