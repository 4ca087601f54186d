using Microsoft.Extensions.DependencyInjection;

namespace Grid.Runtime.Storage;

/// <summary>Registers named grain storage providers.</summary>
public static class GridStorageServiceCollectionExtensions
{
    /// <summary>Registers a storage provider under a name; grains name it in <see cref="PersistentStateAttribute"/>.</summary>
    public static IServiceCollection AddGrainStorage(this IServiceCollection services, string name, Func<IServiceProvider, IGrainStorage> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        services.AddSingleton(new GrainStorageRegistration(name, create));
        return services;
    }
}
