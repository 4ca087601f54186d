using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// One subscriber of <c>GET /v1/availability/stream</c> on its own socket, HTTP/1.1 by hand: a small fixed buffer per
/// connection and no per-event allocation, so a thousand of them add little to the heap the run measures (and what
/// they do add is measured on its own and subtracted). It keeps the last availability it read and when it read it.
/// </summary>
internal sealed class AvailabilitySubscriber : IAvailabilityListener, IDisposable
{
    private const int ReceiveBytes = 2048;
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly byte[] _receive = new byte[ReceiveBytes];
    private readonly ChunkedBodyDecoder _chunks = new();
    private readonly ServerSentEventReader _reader;
    private readonly PropagationClock _clock;
    private DateTimeOffset _receivedAt;
    private bool _chunked;
    private long _available = -1;
    private long _events;
    private int _stage;
    private volatile bool _disposed;

    private AvailabilitySubscriber(byte[] sku, byte[] location, PropagationClock clock)
    {
        _reader = new ServerSentEventReader(sku, location, this);
        _clock = clock;
    }

    public SubscriberStage Stage => (SubscriberStage)Volatile.Read(ref _stage);

    /// <summary>Why the stream failed (a status, a socket error, a malformed event); null while it streams.</summary>
    public string? Failure { get; private set; }

    /// <summary>The last availability received; −1 before the first event.</summary>
    public long Available => Volatile.Read(ref _available);

    public long Events => Volatile.Read(ref _events);

    public long Heartbeats => _reader.Comments;

    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The request every subscriber sends: the channel key, and the whole channel (so the warm-up's SKUs exercise the
    /// fan-out too); the reader keeps only the sale's SKU.
    /// </summary>
    public static byte[] Request(IPEndPoint server, string key) => Encoding.ASCII.GetBytes(
        $"GET /v1/availability/stream HTTP/1.1\r\nHost: {server}\r\nAuthorization: Bearer {key}\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n");

    public static AvailabilitySubscriber Start(IPEndPoint server, byte[] request, byte[] sku, byte[] location, PropagationClock clock)
    {
        var subscriber = new AvailabilitySubscriber(sku, location, clock);
        subscriber.Completion = subscriber.RunAsync(server, request);
        return subscriber;
    }

    public void OnAvailability(in AvailabilityFrame frame)
    {
        Volatile.Write(ref _available, frame.Available);
        Volatile.Write(ref _events, _events + 1);
        _clock.Received(frame, _receivedAt);
    }

    public void Dispose()
    {
        _disposed = true;
        _socket.Dispose();
    }

    private async Task RunAsync(IPEndPoint server, byte[] request)
    {
        try
        {
            await _socket.ConnectAsync(server).ConfigureAwait(false);
            for (var sent = 0; sent < request.Length;)
            {
                sent += await _socket.SendAsync(request.AsMemory(sent), SocketFlags.None).ConfigureAwait(false);
            }

            Volatile.Write(ref _stage, (int)SubscriberStage.AwaitingHead);
            var filled = 0;
            while (true)
            {
                var read = await _socket.ReceiveAsync(_receive.AsMemory(filled), SocketFlags.None).ConfigureAwait(false);
                _receivedAt = TimeProvider.System.GetUtcNow();
                if (read == 0)
                {
                    Fail(_chunks.Ended ? "the server ended the stream" : "the server closed the connection");
                    return;
                }

                if (Stage == SubscriberStage.Streaming)
                {
                    if (!Body(_receive.AsSpan(0, read)))
                    {
                        return;
                    }

                    continue;
                }

                filled += read;
                var end = _receive.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
                if (end < 0)
                {
                    if (filled == _receive.Length)
                    {
                        Fail($"a response head over {ReceiveBytes} bytes");
                        return;
                    }

                    continue;
                }

                if (!Head(Encoding.ASCII.GetString(_receive, 0, end)) || !Body(_receive.AsSpan(end + 4, filled - end - 4)))
                {
                    return;
                }

                filled = 0;
            }
        }
        catch (SocketException ex) when (!_disposed)
        {
            Fail($"socket error {ex.SocketErrorCode}");
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            if (Stage != SubscriberStage.Failed)
            {
                Volatile.Write(ref _stage, (int)SubscriberStage.Closed);
            }
        }
    }

    /// <summary>Accepts only <c>200</c> with <c>text/event-stream</c>: anything else means there is no stream here.</summary>
    private bool Head(string head)
    {
        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ', 3) is [_, var code, ..] ? code : lines[0];
        string? contentType = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].Trim();
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else if (name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase))
            {
                _chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (status != "200" || contentType is null || !contentType.StartsWith("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            Fail($"{status} {contentType ?? "(no content type)"}");
            return false;
        }

        Volatile.Write(ref _stage, (int)SubscriberStage.Streaming);
        return true;
    }

    private bool Body(ReadOnlySpan<byte> bytes)
    {
        if (_chunked ? _chunks.Decode(bytes, _reader) : _reader.Feed(bytes))
        {
            return true;
        }

        Fail(_reader.Error ?? "malformed chunked framing");
        return false;
    }

    private void Fail(string why)
    {
        if (_disposed)
        {
            return;
        }

        Failure = why;
        Volatile.Write(ref _stage, (int)SubscriberStage.Failed);
    }
}
