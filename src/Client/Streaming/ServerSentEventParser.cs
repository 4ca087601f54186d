using System.Text;

namespace Grid.Client.Streaming;

/// <summary>
/// The event stream format of the HTML standard (§9.2.6), one line at a time (the line break, CRLF, LF or CR, already
/// removed): comments, <c>data</c> lines joined by LF, <c>event</c>, <c>id</c> (kept across events, ignored when it
/// holds NUL), <c>retry</c> (digits only), unknown fields ignored, a blank line dispatches.
/// </summary>
internal sealed class ServerSentEventParser
{
    private const string DefaultType = "message";
    private const long MaxReconnectionMilliseconds = 24 * 60 * 60 * 1000;

    private readonly StringBuilder _data = new();
    private string? _type;

    /// <summary>The last event id buffer: the latest <c>id:</c> field seen.</summary>
    public string? LastEventId { get; private set; }

    /// <summary>The latest <c>retry:</c> field: how long the server asks the client to wait before reconnecting.</summary>
    public TimeSpan? ReconnectionTime { get; private set; }

    /// <summary>Takes one line; returns the event a blank line completes, or null.</summary>
    public ServerSentEvent? ReadLine(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return Dispatch();
        }

        if (line[0] == ':')
        {
            return null;
        }

        var colon = line.IndexOf(':');
        var field = colon < 0 ? line : line[..colon];
        var value = colon < 0 ? [] : line[(colon + 1)..];
        if (value.Length > 0 && value[0] == ' ')
        {
            value = value[1..];
        }

        switch (field)
        {
            case "data":
                _data.Append(value).Append('\n');
                break;
            case "event":
                _type = value.ToString();
                break;
            case "id":
                if (!value.Contains('\0'))
                {
                    LastEventId = value.ToString();
                }

                break;
            case "retry":
                if (!value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9') && long.TryParse(value, out var milliseconds))
                {
                    ReconnectionTime = TimeSpan.FromMilliseconds(Math.Min(milliseconds, MaxReconnectionMilliseconds));
                }

                break;
        }

        return null;
    }

    private ServerSentEvent? Dispatch()
    {
        if (_data.Length == 0)
        {
            _type = null;
            return null;
        }

        var data = _data.ToString(0, _data.Length - 1);
        var type = string.IsNullOrEmpty(_type) ? DefaultType : _type;
        _data.Clear();
        _type = null;
        return new ServerSentEvent(LastEventId, type, data);
    }
}
