using System.Diagnostics.CodeAnalysis;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Grains.Customers;

/// <summary>The rules a profile must follow to be registered; each broken rule is reported with a readable reason.</summary>
internal static class CustomerProfileRules
{
    public static bool TryValidate([NotNullWhen(true)] CustomerProfile? profile, CustomerId key, [NotNullWhen(false)] out string? error)
    {
        error = Check(profile, key);
        return error is null;
    }

    private static string? Check(CustomerProfile? profile, CustomerId key)
    {
        if (profile is null)
        {
            return "A profile is required.";
        }

        if (profile.Id != key)
        {
            return $"The profile's id '{profile.Id}' is not the customer's key '{key}'.";
        }

        if (!CustomerLimits.IsText(profile.Name, CustomerLimits.MaxNameLength))
        {
            return $"A name is 1 to {CustomerLimits.MaxNameLength} printable characters.";
        }

        if (!IsEmail(profile.Email))
        {
            return $"An email is {CustomerLimits.MinEmailLength} to {CustomerLimits.MaxEmailLength} characters without spaces, with exactly one '@' that is neither first nor last.";
        }

        if (profile.PreferredStore is { Value: null })
        {
            return "A preferred store, when given, is a location id.";
        }

        return CheckAddresses(profile.Addresses);
    }

    private static string? CheckAddresses(IReadOnlyList<CustomerAddress>? addresses)
    {
        if (addresses is null)
        {
            return "Addresses are required (the list may be empty).";
        }

        if (addresses.Count > CustomerLimits.MaxAddresses)
        {
            return $"A profile has at most {CustomerLimits.MaxAddresses} addresses.";
        }

        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in addresses)
        {
            if (address is null)
            {
                return "An address is required in each position of the list.";
            }

            if (!CustomerLimits.IsText(address.Label, CustomerLimits.MaxLabelLength))
            {
                return $"An address label is 1 to {CustomerLimits.MaxLabelLength} printable characters.";
            }

            if (!labels.Add(address.Label))
            {
                return $"The address label '{address.Label}' is used twice.";
            }

            if (!CustomerLimits.IsText(address.Line, CustomerLimits.MaxAddressLineLength))
            {
                return $"An address line is 1 to {CustomerLimits.MaxAddressLineLength} printable characters.";
            }

            // GeoPoint's init accessors let a caller bypass its checks, so the coordinates are checked again here.
            if (!GeoPoint.TryCreate(address.Position.Latitude, address.Position.Longitude, out _, out var error))
            {
                return $"The position of address '{address.Label}' is invalid: {error}";
            }
        }

        return null;
    }

    private static bool IsEmail(string? email)
    {
        if (email is null || email.Length is < CustomerLimits.MinEmailLength or > CustomerLimits.MaxEmailLength)
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == email.Length - 1 || at != email.LastIndexOf('@'))
        {
            return false;
        }

        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
