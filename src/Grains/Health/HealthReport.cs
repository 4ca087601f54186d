using Grid.Runtime;

namespace Grid.Grains.Health;

/// <summary>What the health grain answers.</summary>
[GenerateSerializer]
public sealed record HealthReport(string Probe, DateTimeOffset CheckedAt, long ChecksServed);
