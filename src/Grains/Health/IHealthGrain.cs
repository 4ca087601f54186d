using Grid.Runtime;

namespace Grid.Grains.Health;

/// <summary>A grain that answers a health probe, so a health check exercises a real grain call.</summary>
public interface IHealthGrain : IGrainWithStringKey
{
    /// <summary>Answers the probe with the time it was served and how often this activation has answered.</summary>
    Task<HealthReport> CheckAsync();
}
