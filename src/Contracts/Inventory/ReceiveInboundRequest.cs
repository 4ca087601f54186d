namespace Grid.Contracts.Inventory;

/// <summary>Receives (part of) an expected supply.</summary>
/// <param name="Supply">The supply's id.</param>
/// <param name="Quantity">1 to 1,000,000, at most what is still expected.</param>
public sealed record ReceiveInboundRequest(string Supply, int Quantity);
