namespace Grid.Contracts.Inventory;

/// <summary>Supply on its way; it counts toward available-to-promise from its date.</summary>
/// <param name="Supply">The supply's id (a purchase order, an ASN), 1 to 128 printable characters.</param>
/// <param name="Quantity">1 to 1,000,000.</param>
/// <param name="ExpectedOn">The day it is expected.</param>
public sealed record ExpectInboundRequest(string Supply, int Quantity, DateOnly ExpectedOn);
