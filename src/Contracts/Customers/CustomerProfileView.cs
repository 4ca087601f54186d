namespace Grid.Contracts.Customers;

/// <summary>A registered customer's profile.</summary>
/// <param name="Id">The customer.</param>
/// <param name="Name">The display name.</param>
/// <param name="Email">The email address.</param>
/// <param name="Addresses">The addresses.</param>
/// <param name="PreferredStore">The preferred store, if any.</param>
public sealed record CustomerProfileView(string Id, string Name, string Email, IReadOnlyList<CustomerAddressView> Addresses, string? PreferredStore);
