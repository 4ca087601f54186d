namespace Grid.Contracts.Inventory;

/// <summary>Expected supply.</summary>
/// <param name="Supply">Its id.</param>
/// <param name="Quantity">Units still expected.</param>
/// <param name="ExpectedOn">The day it is expected.</param>
public sealed record InboundView(string Supply, long Quantity, DateOnly ExpectedOn);
