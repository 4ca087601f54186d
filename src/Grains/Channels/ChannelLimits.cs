using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Locations;

namespace Grid.Grains.Channels;

/// <summary>Bounds every channel profile is checked against.</summary>
public static class ChannelLimits
{
    /// <summary>Most locations one channel may be fed by.</summary>
    public const int MaxLocations = 10_000;

    /// <summary>Most units of channel safety stock per SKU-location.</summary>
    public const int MaxSafetyStock = 1_000_000;

    /// <summary>Most shipments one order may be split into.</summary>
    public const int MaxSplit = 10;

    /// <summary>Shortest cart or checkout hold: the inventory's shortest hold, since the holds become reservations.</summary>
    public static readonly TimeSpan MinHold = InventoryLimits.MinHold;

    /// <summary>Longest cart or checkout hold: the inventory's longest hold.</summary>
    public static readonly TimeSpan MaxHold = InventoryLimits.MaxHold;

    /// <summary>Why a profile cannot be the one of channel <paramref name="key"/>; null when it can.</summary>
    internal static string? Check(ChannelProfile? profile, ChannelId key)
    {
        if (profile is null)
        {
            return "A channel profile is required.";
        }

        if (profile.Id != key)
        {
            return $"The profile's id '{profile.Id}' is not the channel's key '{key}'.";
        }

        if (!LocationLimits.IsName(profile.Name))
        {
            return $"A channel's name is 1 to {LocationLimits.MaxNameLength} characters, not only white space, without control characters.";
        }

        if (CheckLocations(profile.Locations) is { } problem)
        {
            return problem;
        }

        if (profile.SafetyStock is < 0 or > MaxSafetyStock)
        {
            return $"A channel's safety stock is 0 to {MaxSafetyStock:N0} units.";
        }

        if (!Enum.IsDefined(profile.Reserve))
        {
            return $"'{profile.Reserve}' is not a reserve policy.";
        }

        if (!IsHold(profile.CartHold) || !IsHold(profile.CheckoutHold))
        {
            return $"Cart and checkout holds last {MinHold} to {MaxHold}.";
        }

        return profile.MaxSplit is < 1 or > MaxSplit ? $"An order splits into 1 to {MaxSplit} shipments." : null;
    }

    private static string? CheckLocations(IReadOnlyList<LocationId>? locations)
    {
        if (locations is null || locations.Count is < 1 or > MaxLocations)
        {
            return $"A channel is fed by 1 to {MaxLocations:N0} locations.";
        }

        var seen = new HashSet<LocationId>(locations.Count);
        foreach (var location in locations)
        {
            // Ids off the wire were not parsed: a default or forged one is checked here.
            if (!LocationId.TryParse(location.Value, out _, out var error))
            {
                return error;
            }

            if (!seen.Add(location))
            {
                return $"Location '{location}' is listed twice.";
            }
        }

        return null;
    }

    private static bool IsHold(TimeSpan hold) => hold >= MinHold && hold <= MaxHold;
}
