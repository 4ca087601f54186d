namespace Grid.Runtime.Tests.Grains;

/// <summary>An immutable message: shared without a copy.</summary>
[GenerateSerializer]
public sealed record Price(string Currency, decimal Amount, PriceKind Kind, DateTimeOffset? ValidUntil);
