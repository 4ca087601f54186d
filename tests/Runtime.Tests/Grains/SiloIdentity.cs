namespace Grid.Runtime.Tests.Grains;

/// <summary>Injected per silo so a grain can say where it runs.</summary>
public sealed class SiloIdentity
{
    public string Name { get; set; } = string.Empty;
}
