namespace Grid.Runtime.Tests.Grains;

/// <summary>A mutable message: the runtime must copy it at the grain boundary.</summary>
[GenerateSerializer]
public sealed record Basket(string Owner, List<string> Items)
{
    public Dictionary<string, int> Quantities { get; init; } = [];
}
