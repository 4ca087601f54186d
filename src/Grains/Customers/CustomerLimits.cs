namespace Grid.Grains.Customers;

/// <summary>Bounds every customer profile and record is checked against, and how much history a customer keeps.</summary>
public static class CustomerLimits
{
    /// <summary>Longest display name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Shortest email address.</summary>
    public const int MinEmailLength = 3;

    /// <summary>Longest email address.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Most addresses in a profile.</summary>
    public const int MaxAddresses = 10;

    /// <summary>Longest address label.</summary>
    public const int MaxLabelLength = 50;

    /// <summary>Longest address line.</summary>
    public const int MaxAddressLineLength = 300;

    /// <summary>Longest touchpoint reference.</summary>
    public const int MaxReferenceLength = 200;

    /// <summary>Most units a return may carry.</summary>
    public const int MaxReturnQuantity = 1_000_000;

    /// <summary>Touchpoints kept: the latest ones.</summary>
    public const int MaxTouchpoints = 200;

    /// <summary>Carts kept: the most recently updated ones.</summary>
    public const int MaxCarts = 100;

    /// <summary>True when the text has 1 to <paramref name="maxLength"/> characters, is not only white space and holds no control characters.</summary>
    internal static bool IsText(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
