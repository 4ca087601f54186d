using System.Net.WebSockets;
using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grid.Api.Streams;

/// <summary>
/// A channel's availability over a WebSocket: one text message (the event's JSON) per event, until the client closes
/// or disconnects; when the host stops, the server closes with 1001 (going away).
/// </summary>
internal sealed class AvailabilityWebSocketStream(AvailabilityFeed feed, string? lastEventId, IReadOnlySet<SkuId>? skus) : IResult
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var services = httpContext.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var metrics = services.GetRequiredService<AvailabilityStreamMetrics>();
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var aborted = httpContext.RequestAborted;

        using var socket = await httpContext.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var subscription = feed.Subscribe(lastEventId, skus);
        using var peerClosed = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping, peerClosed.Token);
        var receiving = ReceiveUntilClosedAsync(socket, peerClosed, aborted);
        try
        {
            await SendAsync(socket, subscription, metrics, stop.Token, aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
            // The client vanished mid-message.
        }

        await CloseAsync(socket, receiving, stopping.IsCancellationRequested, time).ConfigureAwait(false);
    }

    private async Task SendAsync(WebSocket socket, AvailabilitySubscription subscription, AvailabilityStreamMetrics metrics, CancellationToken stop, CancellationToken aborted)
    {
        var reader = subscription.Reader;
        while (await reader.WaitToReadAsync(stop).ConfigureAwait(false))
        {
            var sent = 0;
            while (!stop.IsCancellationRequested && subscription.TryReadEncoded(out var availability))
            {
                // Only a vanished client cancels a send: cancelling mid-message would abort the socket, not close it.
                await socket.SendAsync(availability.Json, WebSocketMessageType.Text, endOfMessage: true, aborted).ConfigureAwait(false);
                sent++;
            }

            metrics.Delivered(feed.Channel, "websocket", sent);
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource peerClosed, CancellationToken aborted)
    {
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), aborted).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is gone; there is nothing left to close politely.
        }

        await peerClosed.CancelAsync().ConfigureAwait(false);
    }

    private static async Task CloseAsync(WebSocket socket, Task receiving, bool hostStopping, TimeProvider time)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var (status, reason) = hostStopping
                    ? (WebSocketCloseStatus.EndpointUnavailable, "The server is stopping; reconnect with ?lastEventId= to resume.")
                    : (WebSocketCloseStatus.NormalClosure, "Closed.");
                using var timeout = new CancellationTokenSource(CloseTimeout, time);
                await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }

            // Wait (briefly) for the client's close frame, so the close handshake completes.
            await receiving.WaitAsync(CloseTimeout, time).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
        {
            // A client that does not answer the close is cut off when the socket is disposed.
        }
    }
}
