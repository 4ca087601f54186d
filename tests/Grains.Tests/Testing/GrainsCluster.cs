using Grid.Grains.Inventory;
using Grid.Runtime.Storage;
using Grid.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Grains.Tests.Testing;

/// <summary>A test cluster with the grains' services, optionally over a given storage.</summary>
internal static class GrainsCluster
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static Task<TestCluster> StartAsync(IGrainStorage? storage = null, int siloCount = 2) =>
        TestCluster.StartAsync(options =>
        {
            options.SiloCount = siloCount;
            options.ConfigureServices = services =>
            {
                services.AddGridGrains();
                if (storage is not null)
                {
                    services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, _ => storage);
                }
            };
        });

    public static InventoryEventHub Events(this TestCluster cluster, int silo) =>
        cluster.Silos[silo].Services.GetRequiredService<InventoryEventHub>();
}
