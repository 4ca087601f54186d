using Grid.Api.Access;
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
            return Problem(StatusCodes.Status400BadRequest, "WebSocket required", "This endpoint only accepts a WebSocket upgrade request.", "websocket_required");
        }

        if (await feeds.GetAsync(channel, cancellationToken).ConfigureAwait(false) is not { } feed)
        {
            return UnknownChannel(channel);
        }

        return new AvailabilityWebSocketStream(feed, lastEventId, skus);
    }

    /// <summary>Who may stream what: a channel key, of its own channel, for valid SKUs; otherwise the problem.</summary>
    private static ProblemHttpResult? Admit(HttpContext context, string? sku, out ChannelId channel, out IReadOnlySet<SkuId>? skus)
    {
        channel = default;
        skus = null;
        var caller = context.GetCaller();
        if (caller is null)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "An API key is required.", "unauthorized");
        }

        if (!caller.Has(ApiScopes.Channel) || caller.Channel is not { } own)
        {
            return Problem(StatusCodes.Status403Forbidden, "Forbidden", "Availability streams need a channel key.", "forbidden");
        }

        channel = own;
        return SkuFilter.TryParse(sku, out skus, out var error)
            ? null
            : Problem(StatusCodes.Status400BadRequest, "Invalid SKU", error, "invalid_sku");
    }

    private static ProblemHttpResult UnknownChannel(ChannelId channel) =>
        Problem(StatusCodes.Status404NotFound, "Unknown channel", $"Channel '{channel}' is not defined.", "unknown_channel");

    private static ProblemHttpResult Problem(int status, string title, string detail, string code) =>
        TypedResults.Problem(
            title: title,
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
