namespace Grid.Runtime.Tests.Grains;

/// <summary>An "old" shape of a stored type, for the version-tolerance tests.</summary>
[GenerateSerializer]
public sealed record ProductV1(string Sku, int Quantity)
{
    public string Retired { get; init; } = "gone in v2";
}
