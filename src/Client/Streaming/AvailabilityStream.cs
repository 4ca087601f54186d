using System.Runtime.CompilerServices;
using System.Text.Json;
using Grid.Client.Http;
using Grid.Client.Inventory;

namespace Grid.Client.Streaming;

/// <summary>
/// An availability subscription that outlives its connections: on a drop, an end of stream or a transient answer it
/// waits (the server's <c>retry:</c> or the configured delay, doubled while attempts keep failing, capped) and
/// reconnects with <c>Last-Event-ID</c> set to the last event it handed on.
/// </summary>
internal sealed class AvailabilityStream(GridTransport transport)
{
    public const string EventType = "availability";
    public const string MediaType = "text/event-stream";

    private readonly GridClientOptions _options = transport.Options;
    private readonly TimeProvider _time = transport.Time;

    public async IAsyncEnumerable<AvailabilityUpdate> ReadAsync(string path, string? lastEventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resumeFrom = lastEventId;
        TimeSpan? serverDelay = null;
        var failures = 0;
        while (true)
        {
            var (reader, wait) = await ConnectAsync(path, resumeFrom, cancellationToken).ConfigureAwait(false);
            if (reader is not null)
            {
                using (reader)
                {
                    var first = true;
                    while (await NextAsync(reader).ConfigureAwait(false) is { } next)
                    {
                        failures = 0;
                        var repeated = first && next.Id is not null && next.Id == resumeFrom;
                        first = false;
                        if (repeated)
                        {
                            // The server began again with the event the subscription resumed after.
                            continue;
                        }

                        resumeFrom = next.Id ?? resumeFrom;
                        if (next.Type == EventType && Parse(next) is { } update)
                        {
                            yield return update;
                        }
                    }

                    serverDelay = reader.ReconnectionTime ?? serverDelay;
                }
            }

            var backoff = RetryRules.Backoff(serverDelay ?? _options.StreamReconnectDelay, _options.StreamMaxReconnectDelay, failures);
            failures++;
            await Task.Delay(wait is { } asked && asked > backoff ? asked : backoff, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An open stream, or null and the wait the server asked for when the attempt failed transiently.</summary>
    private async Task<(ServerSentEventReader? Reader, TimeSpan? Wait)> ConnectAsync(string path, string? lastEventId, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await transport.OpenStreamAsync(path, lastEventId, cancellationToken).ConfigureAwait(false);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!string.Equals(mediaType, MediaType, StringComparison.OrdinalIgnoreCase))
            {
                // Another resource answered (an API without the stream endpoint): reconnecting would never help.
                throw new InvalidOperationException($"The Grid API answered {path} with '{mediaType}', not an event stream ({MediaType}).");
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var reader = new ServerSentEventReader(response, body, _options.StreamIdleTimeout, _time, cancellationToken);
            response = null;
            return (reader, null);
        }
        catch (GridApiException problem) when (RetryRules.IsTransient(problem))
        {
            return (null, problem.RetryAfter);
        }
        catch (HttpRequestException exception) when (RetryRules.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }
        catch (Exception exception) when (exception is IOException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <summary>The connection's next event; null when it ended, broke or fell silent.</summary>
    private static async Task<ServerSentEvent?> NextAsync(ServerSentEventReader reader)
    {
        try
        {
            return await reader.ReadAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The update an event carries; null for one that is not well-formed, which is skipped rather than stopping the stream.</summary>
    private static AvailabilityUpdate? Parse(ServerSentEvent message)
    {
        AvailabilityEventData? data;
        try
        {
            data = JsonSerializer.Deserialize<AvailabilityEventData>(message.Data, GridJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        var id = data?.Id ?? message.Id;
        if (data is null || id is null || data.Sku is null || data.Location is null)
        {
            return null;
        }

        var kind = data.Kind switch
        {
            "change" => AvailabilityUpdateKind.Change,
            "snapshot" => AvailabilityUpdateKind.Snapshot,
            _ => AvailabilityUpdateKind.Unknown,
        };
        return new AvailabilityUpdate(id, kind, data.Sku, data.Location, data.Available, data.At);
    }
}
