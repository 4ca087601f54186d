using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>Who a customer is, the same on every channel.</summary>
/// <param name="Id">The customer; must be the key of the customer grain it is registered with.</param>
/// <param name="Name">A display name, 1 to 200 characters.</param>
/// <param name="Email">3 to 254 characters with exactly one '@' that is neither first nor last.</param>
/// <param name="Addresses">Up to 10 addresses, each with its own label.</param>
/// <param name="PreferredStore">The store the customer shops at or picks up from, if any.</param>
[GenerateSerializer]
public sealed record CustomerProfile(
    CustomerId Id,
    string Name,
    string Email,
    IReadOnlyList<CustomerAddress> Addresses,
    LocationId? PreferredStore);
