using Grid.Api.Access;
using Grid.Api.Problems;
using Grid.Grains.ApiKeys;
using Grid.Grains.Ids;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Streams;

/// <summary>
/// A channel key's live availability of its own channel: <c>GET /v1/availability/stream</c> (server-sent events) and
/// <c>GET /v1/availability/ws</c> (WebSocket), each optionally <c>?sku=a,b,c</c> (at most 100) and resuming from
/// <c>Last-Event-ID</c> or <c>?lastEventId=</c>. The pipeline must authenticate the caller before these endpoints, and
/// include <c>app.UseWebSockets()</c> for the WebSocket one.
/// </summary>
public static class AvailabilityStreamEndpoints
{
    /// <summary>Maps both availability streams.</summary>
    public static IEndpointRouteBuilder MapAvailabilityStreams(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Streams last as long as the subscriber stays: no request deadline. The scope filter names the key's scope in the
        // OpenAPI document; the handlers check the caller themselves as well.
        endpoints.MapGet("/v1/availability/stream", StreamAsync).WithName("StreamAvailability").WithTags("Availability")
            .RequireScope(ApiScopes.Channel).DisableRequestTimeout();
        endpoints.MapGet("/v1/availability/ws", StreamOverWebSocketAsync).WithName("StreamAvailabilityOverWebSocket").WithTags("Availability")
            .RequireScope(ApiScopes.Channel).DisableRequestTimeout();
        return endpoints;
    }

    internal static async Task<Results<AvailabilityEventStream, ProblemHttpResult>> StreamAsync(
        HttpContext context,
        [FromQuery] string? sku,
        [FromQuery] string? lastEventId,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventIdHeader,
        AvailabilityFeeds feeds,
        CancellationToken cancellationToken)
    {
        if (Admit(context, sku, out var channel, out var skus) is { } refused)
        {
            return refused;
        }

        if (await feeds.GetAsync(channel, cancellationToken).ConfigureAwait(false) is not { } feed)
        {
            return UnknownChannel(channel);
        }

        // A browser reconnecting sends the header; it is newer than an id the page put in the URL.
        return new AvailabilityEventStream(feed, string.IsNullOrEmpty(lastEventIdHeader) ? lastEventId : lastEventIdHeader, skus);
    }

    internal static async Task<Results<AvailabilityWebSocketStream, ProblemHttpResult>> StreamOverWebSocketAsync(
        HttpContext context,
        [FromQuery] string? sku,
        [FromQuery] string? lastEventId,
        AvailabilityFeeds feeds,
        CancellationToken cancellationToken)
    {
        if (Admit(context, sku, out var channel, out var skus) is { } refused)
        {
            return refused;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "websocket_required", "This endpoint only accepts a WebSocket upgrade request.", "WebSocket required");
        }

        if (await feeds.GetAsync(channel, cancellationToken).ConfigureAwait(false) is not { } feed)
        {
            return UnknownChannel(channel);
        }

        return new AvailabilityWebSocketStream(feed, lastEventId, skus);
    }

    /// <summary>What the caller's channel streams: its own channel, for valid SKUs; otherwise the problem.</summary>
    private static ProblemHttpResult? Admit(HttpContext context, string? sku, out ChannelId channel, out IReadOnlySet<SkuId>? skus)
    {
        // ScopeMiddleware let only a channel key of a channel this far.
        channel = context.GetCaller()?.Channel ?? throw new InvalidOperationException("A stream ran without a channel caller; is ScopeMiddleware in the pipeline?");
        return SkuFilter.TryParse(sku, out skus, out var error)
            ? null
            : ApiProblem.Of(StatusCodes.Status400BadRequest, "invalid_sku", error, "Invalid SKU");
    }

    private static ProblemHttpResult UnknownChannel(ChannelId channel) =>
        ApiProblem.Of(StatusCodes.Status404NotFound, "unknown_channel", $"Channel '{channel}' is not defined.", "Unknown channel");
}
