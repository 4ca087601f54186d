using Grid.Runtime.Storage;
using Grid.Runtime.Testing;
using Grid.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Runtime.Tests.Testing;

/// <summary>Starts a two-silo test cluster with the test grains' services.</summary>
internal static class ClusterFixture
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static Task<TestCluster> StartAsync(
        Action<Grid.Runtime.Hosting.SiloOptions>? configureSilo = null,
        int siloCount = 2,
        IGrainStorage? storage = null,
        DateTimeOffset? startTime = null)
    {
        var siloNumber = 0;
        return TestCluster.StartAsync(options =>
        {
            options.SiloCount = siloCount;
            options.StartTime = startTime ?? options.StartTime;
            options.ConfigureSilo = configureSilo;
            options.ConfigureServices = services =>
            {
                services.AddSingleton<LifecycleProbe>();
                services.AddSingleton<ReminderProbe>();
                services.AddSingleton<FaultSwitch>();
                services.AddSingleton(new SiloIdentity { Name = $"silo-{siloNumber++}" });
                if (storage is not null)
                {
                    services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, _ => storage);
                }
            };
        });
    }

    public static T Service<T>(this TestCluster cluster, int silo = 0)
        where T : notnull => cluster.Silos[silo].Runtime.Services.GetRequiredService<T>();
}
