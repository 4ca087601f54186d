using Grid.Grains.Inventory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Grid.Grains;

/// <summary>Registers what Grid's grains need from the silo's services.</summary>
public static class GridGrainsServiceCollectionExtensions
{
    /// <summary>Adds the inventory event hub (the grains' event sink) and the other grain services.</summary>
    public static IServiceCollection AddGridGrains(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<InventoryEventHub>();
        services.TryAddSingleton<IInventoryEventSink>(static provider => provider.GetRequiredService<InventoryEventHub>());
        return services;
    }
}
