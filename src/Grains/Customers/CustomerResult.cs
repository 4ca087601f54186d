using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>
/// The outcome of a customer operation: accepted (Error is None) or rejected with a reason and a readable detail. Profile
/// is the profile after the operation: the new one when accepted, the unchanged one (or null) when rejected.
/// </summary>
[GenerateSerializer]
public sealed record CustomerResult(CustomerError Error, string? Detail, CustomerProfile? Profile)
{
    /// <summary>True when the operation was applied.</summary>
    public bool Accepted => Error == CustomerError.None;
}
