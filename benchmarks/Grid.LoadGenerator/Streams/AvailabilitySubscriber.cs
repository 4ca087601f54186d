using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// One subscriber of <c>GET /v1/availability/stream</c> on its own socket, HTTP/1.1 by hand: a small fixed buffer per
/// connection and no per-event allocation, so a thousand of them add little to the heap the run measures (and what
/// they do add is measured on its own and subtracted). Connecting and the request are asynchronous; reading is the
/// <see cref="SocketPoller"/>'s. It keeps the last availability it read and when it read it.
/// </summary>
internal sealed class AvailabilitySubscriber : IAvailabilityListener, IDisposable
{
    private const int ReceiveBytes = 2048;
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly byte[] _receive = new byte[ReceiveBytes];
    private readonly ChunkedBodyDecoder _chunks = new();
    private readonly ServerSentEventReader _reader;
    private readonly PropagationClock _clock;
    private readonly SocketPoller _poller;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _receivedAt;
    private int _filled;
    private bool _chunked;
    private long _available = -1;
    private long _events;
    private int _stage;
    private volatile bool _disposed;

    private AvailabilitySubscriber(byte[] sku, byte[] location, PropagationClock clock, SocketPoller poller)
    {
        _reader = new ServerSentEventReader(sku, location, this);
        _clock = clock;
        _poller = poller;
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

    public static AvailabilitySubscriber Start(IPEndPoint server, byte[] request, byte[] sku, byte[] location, PropagationClock clock, SocketPoller poller)
    {
        var subscriber = new AvailabilitySubscriber(sku, location, clock, poller);
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
        _poller.Remove(_socket);
        _socket.Dispose();
        _closed.TrySetResult();
    }

    /// <summary>Reads what the socket has (the poller saw it readable); on the poller's thread, one call at a time.</summary>
    public void OnReadable()
    {
        try
        {
            var read = _socket.Receive(_receive.AsSpan(_filled), SocketFlags.None, out var error);
            if (error == SocketError.WouldBlock)
            {
                return;
            }

            _receivedAt = TimeProvider.System.GetUtcNow();
            if (error != SocketError.Success || read == 0)
            {
                Fail(error != SocketError.Success ? $"socket error {error}" : _chunks.Ended ? "the server ended the stream" : "the server closed the connection");
                Close();
                return;
            }

            if (Stage == SubscriberStage.Streaming)
            {
                if (!Body(_receive.AsSpan(0, read)))
                {
                    Close();
                }

                return;
            }

            _filled += read;
            var end = _receive.AsSpan(0, _filled).IndexOf("\r\n\r\n"u8);
            if (end < 0)
            {
                if (_filled == _receive.Length)
                {
                    Fail($"a response head over {ReceiveBytes} bytes");
                    Close();
                }

                return;
            }

            var body = _filled - end - 4;
            _filled = 0;
            if (!Head(Encoding.ASCII.GetString(_receive, 0, end)) || !Body(_receive.AsSpan(end + 4, body)))
            {
                Close();
            }
        }
        catch (ObjectDisposedException)
        {
            Close();
        }
    }

    private async Task RunAsync(IPEndPoint server, byte[] request)
    {
        // Connected and sent synchronously (on loopback that is at once), so the runtime's own socket engine never
        // takes the socket on: the poller alone watches it.
        await Task.Yield();
        try
        {
            _socket.Connect(server);
            for (var sent = 0; sent < request.Length;)
            {
                sent += _socket.Send(request.AsSpan(sent), SocketFlags.None);
            }

            _socket.Blocking = false;
            Volatile.Write(ref _stage, (int)SubscriberStage.AwaitingHead);
            _poller.Add(_socket, this);
        }
        catch (SocketException ex) when (!_disposed)
        {
            Fail($"socket error {ex.SocketErrorCode}");
            Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            Close();
        }

        await _closed.Task.ConfigureAwait(false);
    }

    /// <summary>Stops reading: the poller lets go of the socket, and <see cref="Completion"/> completes.</summary>
    private void Close()
    {
        _poller.Remove(_socket);
        if (Stage != SubscriberStage.Failed)
        {
            Volatile.Write(ref _stage, (int)SubscriberStage.Closed);
        }

        _closed.TrySetResult();
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
