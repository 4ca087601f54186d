using Grid.Contracts.Locations;

namespace Grid.Contracts.Customers;

/// <summary>A customer's address with its coordinates.</summary>
/// <param name="Label">What the customer calls it ("Home", "Work"), 1 to 50 characters, unique within the profile.</param>
/// <param name="Line">The address as one line, 1 to 300 characters.</param>
/// <param name="Position">Where it is.</param>
public sealed record CustomerAddressView(string Label, string Line, GeoPosition Position);
