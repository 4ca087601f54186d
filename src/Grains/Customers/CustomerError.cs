namespace Grid.Grains.Customers;

/// <summary>
/// Why a customer operation was rejected. Each value maps to a stable code (<see cref="CustomerErrorCodes"/>) that the
/// API returns; rejections change nothing.
/// </summary>
public enum CustomerError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>The profile breaks a rule (id not the grain's key, name, email, addresses). Code <c>invalid_customer</c>.</summary>
    InvalidProfile,

    /// <summary>The customer never registered (a view without a profile). Code <c>unknown_customer</c>.</summary>
    UnknownCustomer,
}
