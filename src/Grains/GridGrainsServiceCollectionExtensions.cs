using Grid.Grains.Inventory;
using Grid.Grains.Orders;
using Grid.Grains.Sourcing;
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
        services.TryAddSingleton(static provider => new AvailabilityIndex(provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<ShortageResponder>();
        services.TryAddSingleton<IInventoryEventSink>(static provider => new InventoryEventFanOut(
            provider.GetRequiredService<AvailabilityIndex>(),
            provider.GetRequiredService<ShortageResponder>(),
            provider.GetRequiredService<InventoryEventHub>()));
        return services;
    }
}
