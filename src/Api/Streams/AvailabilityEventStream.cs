using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Grid.Api.Streams;

/// <summary>
/// A channel's availability as server-sent events, pushed by an <see cref="EventStreamWriter"/> as the feed offers
/// them, and a <c>: keep-alive</c> comment each heartbeat interval, until the client disconnects or the host stops.
/// </summary>
internal sealed class AvailabilityEventStream(AvailabilityFeed feed, string? lastEventId, IReadOnlySet<SkuId>? skus) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var services = httpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<AvailabilityStreamOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var metrics = services.GetRequiredService<AvailabilityStreamMetrics>();
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);

        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();

        using var subscription = feed.Subscribe(lastEventId, skus);
        using var heartbeat = new PeriodicTimer(options.HeartbeatInterval, time);
        var writer = new EventStreamWriter(subscription, response.BodyWriter, count => metrics.Delivered(feed.Channel, "sse", count), stop.Token);
        try
        {
            await response.StartAsync(stop.Token).ConfigureAwait(false);
            await response.BodyWriter.FlushAsync(stop.Token).ConfigureAwait(false);
            writer.Start();
            while (true)
            {
                var tick = heartbeat.WaitForNextTickAsync(stop.Token).AsTask();
                if (await Task.WhenAny(tick, writer.Ended).ConfigureAwait(false) != tick || !await tick.ConfigureAwait(false))
                {
                    return;
                }

                writer.Heartbeat();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away or the host is stopping: the stream simply ends.
        }
        finally
        {
            await writer.CloseAsync().ConfigureAwait(false);
        }
    }
}
