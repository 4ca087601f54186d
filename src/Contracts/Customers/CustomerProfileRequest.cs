namespace Grid.Contracts.Customers;

/// <summary>Who a customer is, the same on every channel; registering again replaces the whole profile.</summary>
/// <param name="Name">A display name, 1 to 200 printable characters.</param>
/// <param name="Email">3 to 254 characters without spaces, with exactly one '@' that is neither first nor last.</param>
/// <param name="Addresses">Up to 10 addresses with distinct labels; null for none.</param>
/// <param name="PreferredStore">The store the customer shops at or picks up from; null for none.</param>
public sealed record CustomerProfileRequest(string Name, string Email, IReadOnlyList<CustomerAddressView>? Addresses = null, string? PreferredStore = null);
