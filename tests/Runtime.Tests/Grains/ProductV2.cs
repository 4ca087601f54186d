namespace Grid.Runtime.Tests.Grains;

/// <summary>A "new" shape of <see cref="ProductV1"/>: members reordered, one removed, two added.</summary>
[GenerateSerializer]
public sealed record ProductV2(int Quantity, string Sku)
{
    public List<string> Tags { get; init; } = ["untagged"];

    public decimal Price { get; init; }

    [Id(7)]
    public string? Note { get; init; }
}
