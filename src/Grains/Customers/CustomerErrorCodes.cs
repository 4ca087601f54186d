namespace Grid.Grains.Customers;

/// <summary>The stable codes of <see cref="CustomerError"/>, as APIs return them.</summary>
public static class CustomerErrorCodes
{
    /// <summary>The code of an error; stable across versions.</summary>
    public static string ToCode(this CustomerError error) => error switch
    {
        CustomerError.None => "none",
        CustomerError.InvalidProfile => "invalid_customer",
        CustomerError.UnknownCustomer => "unknown_customer",
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown customer error."),
    };
}
