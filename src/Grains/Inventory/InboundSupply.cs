using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>Units on their way to this location, expected on a date.</summary>
[GenerateSerializer]
public sealed record InboundSupply(string Supply, long Quantity, DateOnly ExpectedOn);
