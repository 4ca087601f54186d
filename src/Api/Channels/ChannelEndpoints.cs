using Grid.Api.Access;
using Grid.Api.Idempotency;
using Grid.Api.Problems;
using Grid.Api.Streams;
using Grid.Contracts.Channels;
using Grid.Grains.ApiKeys;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Channels;

/// <summary>Channels: defined by admins at <c>/admin/channels/{id}</c>; a channel key reads its own at <c>/v1/channel</c>.</summary>
internal static class ChannelEndpoints
{
    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/channels").RequireScope(ApiScopes.Admin).WithTags("Admin");
        admin.MapPut("/{id}", DefineAsync).WithName("DefineChannel").WithMetadata(new IdempotentAttribute());
        admin.MapGet("/{id}", GetAsync).WithName("GetChannel");
        endpoints.MapGet("/v1/channel", (Delegate)GetOwnAsync).RequireScope(ApiScopes.Channel).WithTags("Channel").WithName("GetOwnChannel");
        return endpoints;
    }

    internal static async Task<Results<Ok<ChannelView>, ProblemHttpResult>> DefineAsync(string id, ChannelDefinition definition, IGrainFactory grains, AvailabilityFeeds feeds, ChannelProfileCache profiles)
    {
        if (!ChannelId.TryParse(id, out var channel, out var error))
        {
            return ApiProblem.BadRequest("invalid_channel", error);
        }

        if (!ChannelViews.TryParse(channel, definition, out var profile, out error))
        {
            return ApiProblem.BadRequest("invalid_channel", error);
        }

        var result = await grains.GetGrain<IChannelGrain>(channel.Value).DefineAsync(profile).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return ApiProblem.BadRequest(result.Error.ToCode(), result.Detail ?? "The channel breaks a rule.");
        }

        profiles.Forget(channel);
        feeds.Invalidate(channel);
        return TypedResults.Ok(ChannelViews.Of(result.Profile!));
    }

    internal static async Task<Results<Ok<ChannelView>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        if (!ChannelId.TryParse(id, out var channel, out var error))
        {
            return ApiProblem.BadRequest("invalid_channel", error);
        }

        var profile = await grains.GetGrain<IChannelGrain>(channel.Value).GetAsync().ConfigureAwait(false);
        return profile is null ? ApiProblem.NotFound("unknown_channel", $"Channel '{channel}' is not defined.") : TypedResults.Ok(ChannelViews.Of(profile));
    }

    internal static async Task<Results<Ok<ChannelView>, ProblemHttpResult>> GetOwnAsync(HttpContext context)
    {
        var (channel, problem) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        return problem ?? (Results<Ok<ChannelView>, ProblemHttpResult>)TypedResults.Ok(ChannelViews.Of(channel!.Profile));
    }
}
