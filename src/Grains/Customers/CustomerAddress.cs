using Grid.Grains.Locations;
using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>A customer's address with its coordinates, for delivery and for finding the nearest stores.</summary>
/// <param name="Label">What the customer calls it ("Home", "Work"), 1 to 50 characters, unique within the profile.</param>
/// <param name="Line">The address as one line, 1 to 300 characters.</param>
/// <param name="Position">Where it is.</param>
[GenerateSerializer]
public sealed record CustomerAddress(string Label, string Line, GeoPoint Position);
