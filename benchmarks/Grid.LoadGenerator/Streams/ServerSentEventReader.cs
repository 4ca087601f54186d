using System.Text.Json;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// Reads a <c>text/event-stream</c> as its bytes arrive: lines of <c>field: value</c>, an event ends at a blank line,
/// lines starting with ':' are comments (heartbeats). Only a line cut by a read is copied; the JSON of an
/// <c>availability</c> event is read in place, without strings, so a thousand subscribers cost little CPU:
/// <c>{"id","kind":"change"|"snapshot","sku","location","available","at"}</c>.
/// </summary>
internal sealed class ServerSentEventReader(byte[] sku, byte[] location, IAvailabilityListener listener)
{
    private const int MaxLine = 1024;
    private static readonly byte[] AvailabilityEvent = "availability"u8.ToArray();
    private readonly byte[] _partial = new byte[MaxLine];
    private int _partialLength;
    private bool _isAvailability;
    private bool _hasFrame;
    private AvailabilityFrame _frame;

    /// <summary>Comment lines (heartbeats) read.</summary>
    public long Comments { get; private set; }

    /// <summary>Events of other types, or for another SKU-location.</summary>
    public long Ignored { get; private set; }

    /// <summary>Why the stream could not be read; null while it can.</summary>
    public string? Error { get; private set; }

    public bool Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var end = data.IndexOf((byte)'\n');
            if (end < 0)
            {
                return Keep(data);
            }

            bool ok;
            if (_partialLength > 0)
            {
                if (!Keep(data[..end]))
                {
                    return false;
                }

                ok = Line(_partial.AsSpan(0, _partialLength));
                _partialLength = 0;
            }
            else
            {
                ok = Line(data[..end]);
            }

            if (!ok)
            {
                return false;
            }

            data = data[(end + 1)..];
        }

        return true;
    }

    private bool Keep(ReadOnlySpan<byte> piece)
    {
        if (_partialLength + piece.Length > MaxLine)
        {
            Error = $"a line longer than {MaxLine} bytes";
            return false;
        }

        piece.CopyTo(_partial.AsSpan(_partialLength));
        _partialLength += piece.Length;
        return true;
    }

    private bool Line(ReadOnlySpan<byte> line)
    {
        if (!line.IsEmpty && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (line.IsEmpty)
        {
            Dispatch();
            return true;
        }

        if (line[0] == ':')
        {
            Comments++;
            return true;
        }

        var colon = line.IndexOf((byte)':');
        var field = colon < 0 ? line : line[..colon];
        var value = colon < 0 ? [] : line[(colon + 1)..];
        if (!value.IsEmpty && value[0] == ' ')
        {
            value = value[1..];
        }

        if (field.SequenceEqual("event"u8))
        {
            _isAvailability = value.SequenceEqual(AvailabilityEvent);
        }
        else if (field.SequenceEqual("data"u8))
        {
            if (!_isAvailability)
            {
                Ignored++;
                return true;
            }

            return Data(value);
        }

        // id: and retry: need nothing here: the JSON carries the id, and nobody reconnects during a run.
        return true;
    }

    private bool Data(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        bool? snapshot = null;
        long? available = null;
        DateTimeOffset? at = null;
        var matches = true;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                Error = "an event whose data is not a JSON object";
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kind"u8))
                {
                    reader.Read();
                    snapshot = reader.ValueTextEquals("snapshot"u8) ? true : reader.ValueTextEquals("change"u8) ? false : null;
                }
                else if (reader.ValueTextEquals("sku"u8))
                {
                    reader.Read();
                    matches &= reader.ValueTextEquals(sku);
                }
                else if (reader.ValueTextEquals("location"u8))
                {
                    reader.Read();
                    matches &= reader.ValueTextEquals(location);
                }
                else if (reader.ValueTextEquals("available"u8))
                {
                    reader.Read();
                    available = reader.GetInt64();
                }
                else if (reader.ValueTextEquals("at"u8))
                {
                    reader.Read();
                    at = reader.GetDateTimeOffset();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException ex)
        {
            Error = $"an event whose data is not valid JSON: {ex.Message}";
            return false;
        }
        catch (FormatException ex)
        {
            Error = $"an event with a malformed field: {ex.Message}";
            return false;
        }
        catch (InvalidOperationException ex)
        {
            Error = $"an event with a field of the wrong type: {ex.Message}";
            return false;
        }

        if (snapshot is null || available is null || at is null)
        {
            Error = "an availability event without kind, available or at";
            return false;
        }

        _hasFrame = matches;
        if (!matches)
        {
            Ignored++;
        }

        _frame = new AvailabilityFrame(snapshot.Value, available.Value, at.Value);
        return true;
    }

    private void Dispatch()
    {
        if (_hasFrame)
        {
            listener.OnAvailability(in _frame);
        }

        (_hasFrame, _isAvailability) = (false, false);
    }
}
