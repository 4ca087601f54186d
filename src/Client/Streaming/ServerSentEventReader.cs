using System.Text;

namespace Grid.Client.Streaming;

/// <summary>
/// Reads the events of one event stream connection. A connection silent (no event, no heartbeat comment) for longer
/// than the idle timeout is taken for dead: <see cref="ReadAsync"/> throws <see cref="TimeoutException"/>.
/// </summary>
internal sealed class ServerSentEventReader : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _lines;
    private readonly ServerSentEventParser _parser;
    private readonly TimeSpan _idleTimeout;
    private readonly CancellationTokenSource? _idle;
    private readonly CancellationTokenSource? _linked;
    private readonly CancellationToken _cancellationToken;

    public ServerSentEventReader(HttpResponseMessage response, Stream body, TimeSpan idleTimeout, TimeProvider time, CancellationToken cancellationToken)
    {
        _response = response;
        _lines = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        _parser = new ServerSentEventParser();
        _idleTimeout = idleTimeout;
        _cancellationToken = cancellationToken;
        if (idleTimeout != Timeout.InfiniteTimeSpan)
        {
            _idle = new CancellationTokenSource(idleTimeout, time);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _idle.Token);
        }
    }

    /// <summary>The server's latest <c>retry:</c> field on this connection.</summary>
    public TimeSpan? ReconnectionTime => _parser.ReconnectionTime;

    /// <summary>The next event; null when the server ended the stream (an event it left unfinished is discarded).</summary>
    /// <exception cref="TimeoutException">The connection was silent for longer than the idle timeout.</exception>
    public async Task<ServerSentEvent?> ReadAsync()
    {
        var token = _linked?.Token ?? _cancellationToken;
        while (true)
        {
            string? line;
            try
            {
                line = await _lines.ReadLineAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (!_cancellationToken.IsCancellationRequested && _idle is { IsCancellationRequested: true })
            {
                throw new TimeoutException($"The event stream was silent for {_idleTimeout}.", exception);
            }

            if (line is null)
            {
                return null;
            }

            _idle?.CancelAfter(_idleTimeout);
            if (_parser.ReadLine(line) is { } next)
            {
                return next;
            }
        }
    }

    public void Dispose()
    {
        _lines.Dispose();
        _response.Dispose();
        _linked?.Dispose();
        _idle?.Dispose();
    }
}
