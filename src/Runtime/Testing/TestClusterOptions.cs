using Grid.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Runtime.Testing;

/// <summary>How to build a <see cref="TestCluster"/>.</summary>
public sealed class TestClusterOptions
{
    /// <summary>Default number of silos.</summary>
    public const int DefaultSiloCount = 2;

    /// <summary>Number of silos; at least one.</summary>
    public int SiloCount { get; set; } = DefaultSiloCount;

    /// <summary>Where the fake clock starts.</summary>
    public DateTimeOffset StartTime { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Adjusts every silo's options (all silos share them).</summary>
    public Action<SiloOptions>? ConfigureSilo { get; set; }

    /// <summary>Adds services each silo's grains can have injected.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
