using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Contracts.Channels;
using Grid.Grains.Channels;
using Grid.Grains.Ids;

namespace Grid.Api.Channels;

/// <summary>Channel profiles to and from the API's shapes.</summary>
internal static class ChannelViews
{
    public static ChannelView Of(ChannelProfile profile) => new(
        profile.Id.Value,
        new ChannelDefinition(
            profile.Name,
            [.. profile.Locations.Select(l => l.Value)],
            profile.SafetyStock,
            WireNames.Of(profile.Reserve),
            (int)profile.CartHold.TotalSeconds,
            (int)profile.CheckoutHold.TotalSeconds,
            profile.MaxSplit));

    public static bool TryParse(ChannelId id, ChannelDefinition definition, [NotNullWhen(true)] out ChannelProfile? profile, [NotNullWhen(false)] out string? error)
    {
        profile = null;
        if (!WireNames.TryParse<ReservePolicy>(definition.Reserve, out var reserve, out error))
        {
            error = $"reserve: {error}";
            return false;
        }

        if (definition.Locations is null)
        {
            error = "locations: a list of location ids is required.";
            return false;
        }

        var locations = new List<LocationId>(definition.Locations.Count);
        foreach (var text in definition.Locations)
        {
            if (!LocationId.TryParse(text, out var location, out error))
            {
                error = $"locations: {error}";
                return false;
            }

            locations.Add(location);
        }

        profile = new ChannelProfile(
            id,
            definition.Name ?? string.Empty,
            locations,
            definition.SafetyStock,
            reserve,
            TimeSpan.FromSeconds(definition.CartHoldSeconds),
            TimeSpan.FromSeconds(definition.CheckoutHoldSeconds),
            definition.MaxSplit);
        return true;
    }
}
