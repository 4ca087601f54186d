using Grid.Runtime.Reminders;
using Grid.Runtime.Testing;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Reminders;

/// <summary>Finds the silo-scoped pieces that serve a reminder probe grain: its silo's probe and reminder service.</summary>
internal static class ReminderClusterExtensions
{
    public static ReminderProbe ReminderProbeOf(this TestCluster cluster, string key) =>
        cluster.Service<ReminderProbe>(cluster.SiloIndexOf<IReminderProbeGrain>(key));

    public static LifecycleProbe LifecycleProbeOf(this TestCluster cluster, string key) =>
        cluster.Service<LifecycleProbe>(cluster.SiloIndexOf<IReminderProbeGrain>(key));

    public static ReminderService RemindersOf(this TestCluster cluster, string key) =>
        cluster.Silos[cluster.SiloIndexOf<IReminderProbeGrain>(key)].Runtime.Reminders;

    /// <summary>Waits for a grain's tick count, then for the delivery's outcome (next schedule or deletion) to be handled.</summary>
    public static async Task WhenTicksHandled(this TestCluster cluster, string key, int count)
    {
        await cluster.ReminderProbeOf(key).WhenTicks(key, count).WaitAsync(ClusterFixture.Patience);
        await cluster.RemindersOf(key).WhenIdleAsync().WaitAsync(ClusterFixture.Patience);
    }
}
