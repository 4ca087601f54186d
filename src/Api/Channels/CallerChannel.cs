using Grid.Api.Access;
using Grid.Api.Problems;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Api.Channels;

/// <summary>The channel of a channel-scoped caller, with what it may reach.</summary>
internal sealed record CallerChannel(ChannelProfile Profile)
{
    public ChannelId Id => Profile.Id;

    /// <summary>What the channel may sell at a location: its figure there (with its pool, if any), after its own safety stock.</summary>
    public long Shape(AvailabilitySnapshot availability) => Math.Max(0, availability.AvailableTo(Profile.Id) - Profile.SafetyStock);

    /// <summary>True when the location feeds the channel.</summary>
    public bool Reaches(LocationId location) => Profile.Locations.Contains(location);

    /// <summary>The caller's channel; a 404 problem when the key's channel was never defined.</summary>
    public static async ValueTask<(CallerChannel? Channel, ProblemHttpResult? Problem)> ResolveAsync(HttpContext context)
    {
        var id = context.GetCaller()?.Channel ?? throw new InvalidOperationException("A channel-scoped endpoint ran without a channel caller.");
        var profile = await context.RequestServices.GetRequiredService<ChannelProfileCache>().GetAsync(id).ConfigureAwait(false);
        return profile is null
            ? (null, ApiProblem.NotFound("unknown_channel", $"The key's channel '{id}' is not defined."))
            : (new CallerChannel(profile), null);
    }

    /// <summary>The 404 for a location that does not feed the channel (the channel may not see or touch its stock).</summary>
    public ProblemHttpResult NotReached(LocationId location) =>
        ApiProblem.NotFound("unknown_location", $"Location '{location}' does not feed channel '{Id}'.");
}
