using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grid.Api.Streams;

/// <summary>Registers the availability streams.</summary>
public static class AvailabilityStreamsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the per-channel availability feeds, the background service that feeds them inventory events and reloads
    /// channel profiles, their metrics, and <see cref="AvailabilityStreamOptions"/> bound from <c>Grid:Api:Streams</c>
    /// and validated at start. Needs the silo and the grains' services (<c>AddGridSilo()</c>, <c>AddGridGrains()</c>).
    /// </summary>
    public static IServiceCollection AddAvailabilityStreams(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AvailabilityStreamOptions>().BindConfiguration(AvailabilityStreamOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AvailabilityStreamOptions>, AvailabilityStreamOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AvailabilityFeeds>();
        services.TryAddSingleton<AvailabilityStreamMetrics>();
        services.AddHostedService<AvailabilityFeedDispatcher>();
        return services;
    }
}
