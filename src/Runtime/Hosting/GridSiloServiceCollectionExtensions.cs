using Grid.Runtime.Cluster;
using Grid.Runtime.Identity;
using Grid.Runtime.Messaging;
using Grid.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Grid.Runtime.Hosting;

/// <summary>Adds a silo to a host.</summary>
public static class GridSiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds a one-silo grid hosted by the application, its <see cref="IGrainFactory"/>, <see cref="SiloOptions"/>
    /// bound from <c>Grid:Silo</c> and the "Default" grain storage from <c>Grid:Storage</c> (SQLite under the data
    /// folder unless configured otherwise), all validated at start.
    /// </summary>
    public static IServiceCollection AddGridSilo(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiloOptions>, SiloOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, static provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.CreateStorage(
                provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
                provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(static provider =>
        {
            var options = provider.GetRequiredService<IOptions<SiloOptions>>().Value;
            var timeProvider = provider.GetRequiredService<TimeProvider>();
            var address = new SiloAddress(options.SiloName, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            return new Silo(
                address,
                options,
                new StaticClusterMembership([address]),
                new InMemoryNetwork(),
                provider,
                timeProvider,
                provider.GetRequiredService<ILoggerFactory>());
        });
        services.AddSingleton<IGrainFactory>(static provider => provider.GetRequiredService<Silo>().GrainFactory);
        services.AddHostedService<SiloHostedService>();
        return services;
    }
}
