using System.Threading.Channels;
using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Grid.Api.Streams;

/// <summary>
/// A channel's availability as server-sent events: frames flushed per batch of pending values, a <c>: keep-alive</c>
/// comment while idle, until the client disconnects or the host stops.
/// </summary>
internal sealed class AvailabilityEventStream(AvailabilityFeed feed, string? lastEventId, IReadOnlySet<SkuId>? skus) : IResult
{
    private const int MaxFramesPerFlush = 256;

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
        using var frames = new SseFrameWriter(response.BodyWriter);
        try
        {
            await response.StartAsync(stop.Token).ConfigureAwait(false);
            await response.BodyWriter.FlushAsync(stop.Token).ConfigureAwait(false);
            await PumpAsync(subscription.Reader, heartbeat, frames, response, metrics, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away or the host is stopping: the stream simply ends.
        }
    }

    private async Task PumpAsync(
        ChannelReader<AvailabilityEvent> reader,
        PeriodicTimer heartbeat,
        SseFrameWriter frames,
        HttpResponse response,
        AvailabilityStreamMetrics metrics,
        CancellationToken cancellationToken)
    {
        var tick = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
        Task<bool>? ready = null;
        while (true)
        {
            var written = 0;
            while (written < MaxFramesPerFlush && reader.TryRead(out var availability))
            {
                frames.Write(availability);
                written++;
            }

            if (written > 0)
            {
                metrics.Delivered(feed.Channel, "sse", written);
                if ((await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false)).IsCompleted)
                {
                    return;
                }

                continue;
            }

            // One wait of each kind at a time, kept across iterations, so an idle stream does not pile up waits.
            ready ??= reader.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(ready, tick).ConfigureAwait(false) == tick)
            {
                if (!await tick.ConfigureAwait(false))
                {
                    return;
                }

                frames.WriteHeartbeat();
                if ((await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false)).IsCompleted)
                {
                    return;
                }

                tick = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
                continue;
            }

            if (!await ready.ConfigureAwait(false))
            {
                return;
            }

            ready = null;
        }
    }
}
