namespace Grid.LoadGenerator.Streams;

/// <summary>Takes the framing off an HTTP/1.1 chunked body as it arrives, in whatever slices the socket hands over.</summary>
internal sealed class ChunkedBodyDecoder
{
    private const long MaxChunk = 1L << 40;
    private State _state;
    private long _size;
    private long _remaining;

    private enum State
    {
        Size,
        Extension,
        SizeLineFeed,
        Data,
        DataReturn,
        DataLineFeed,
        Ended,
    }

    /// <summary>True once the last (empty) chunk came: the server ended the stream.</summary>
    public bool Ended => _state == State.Ended;

    /// <summary>Hands each run of body bytes in <paramref name="input"/> to the reader; false when the framing or the events are malformed.</summary>
    public bool Decode(ReadOnlySpan<byte> input, ServerSentEventReader reader)
    {
        var i = 0;
        while (i < input.Length && _state != State.Ended)
        {
            switch (_state)
            {
                case State.Size:
                    var b = input[i++];
                    var digit = HexValue(b);
                    if (digit >= 0 && _size < MaxChunk)
                    {
                        _size = (_size * 16) + digit;
                    }
                    else if (b == ';')
                    {
                        _state = State.Extension;
                    }
                    else if (b == '\r')
                    {
                        _state = State.SizeLineFeed;
                    }
                    else
                    {
                        return false;
                    }

                    break;
                case State.Extension:
                    if (input[i++] == '\r')
                    {
                        _state = State.SizeLineFeed;
                    }

                    break;
                case State.SizeLineFeed:
                    if (input[i++] != '\n')
                    {
                        return false;
                    }

                    (_remaining, _size, _state) = (_size, 0, _size == 0 ? State.Ended : State.Data);
                    break;
                case State.Data:
                    var take = (int)Math.Min(_remaining, input.Length - i);
                    if (!reader.Feed(input.Slice(i, take)))
                    {
                        return false;
                    }

                    i += take;
                    _remaining -= take;
                    if (_remaining == 0)
                    {
                        _state = State.DataReturn;
                    }

                    break;
                case State.DataReturn:
                    if (input[i++] != '\r')
                    {
                        return false;
                    }

                    _state = State.DataLineFeed;
                    break;
                case State.DataLineFeed:
                    if (input[i++] != '\n')
                    {
                        return false;
                    }

                    _state = State.Size;
                    break;
            }
        }

        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
