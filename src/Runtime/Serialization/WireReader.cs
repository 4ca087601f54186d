using System.Buffers.Binary;
using System.Text;

namespace Grid.Runtime.Serialization;

/// <summary>Reads Grid's compact binary wire format; truncated or malformed input throws <see cref="WireFormatException"/>.</summary>
public sealed class WireReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    /// <summary>Creates a reader over a buffer.</summary>
    public WireReader(ReadOnlyMemory<byte> data)
    {
        _data = data;
    }

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _position >= _data.Length;

    /// <summary>Reads one byte.</summary>
    public byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            throw Truncated();
        }

        return _data.Span[_position++];
    }

    /// <summary>Reads raw bytes.</summary>
    public ReadOnlySpan<byte> ReadRaw(int count)
    {
        if (count < 0 || _data.Length - _position < count)
        {
            throw Truncated();
        }

        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }

    /// <summary>Reads an unsigned integer written in 7-bit groups.</summary>
    public ulong ReadVarUInt64()
    {
        ulong result = 0;
        var span = _data.Span;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (_position >= span.Length)
            {
                throw Truncated();
            }

            var b = span[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new WireFormatException("A variable-length integer is longer than ten bytes.");
    }

    /// <summary>Reads a zig-zag encoded signed integer.</summary>
    public long ReadVarInt64()
    {
        var raw = ReadVarUInt64();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    /// <summary>Reads a zig-zag encoded 32-bit signed integer.</summary>
    public int ReadVarInt32()
    {
        var value = ReadVarInt64();
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw new WireFormatException("A 32-bit integer is out of range.");
        }

        return (int)value;
    }

    /// <summary>Reads a 32-bit float.</summary>
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(ReadRaw(4));

    /// <summary>Reads a 64-bit float.</summary>
    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(ReadRaw(8));

    /// <summary>Reads a fixed 64-bit little-endian integer.</summary>
    public long ReadFixedInt64() => BinaryPrimitives.ReadInt64LittleEndian(ReadRaw(8));

    /// <summary>Reads a length-prefixed UTF-8 string.</summary>
    public string? ReadString()
    {
        var length = ReadLength();
        return length < 0 ? null : Encoding.UTF8.GetString(ReadRaw(length));
    }

    /// <summary>Reads a length-prefixed byte array.</summary>
    public byte[]? ReadBytes()
    {
        var length = ReadLength();
        return length < 0 ? null : ReadRaw(length).ToArray();
    }

    /// <summary>Reads the length of a tagged field and returns a reader over just its bytes, skipping them here.</summary>
    public WireReader ReadField()
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(ReadRaw(4));
        if (length < 0 || length > _data.Length - _position)
        {
            throw Truncated();
        }

        var field = new WireReader(_data.Slice(_position, length));
        _position += length;
        return field;
    }

    /// <summary>Reads the presence marker of a reference.</summary>
    public bool ReadPresence() => ReadByte() switch
    {
        0 => false,
        1 => true,
        var other => throw new WireFormatException($"Invalid presence marker {other}."),
    };

    /// <summary>Reads a collection count and checks it against the bytes left.</summary>
    public int ReadCount()
    {
        var count = ReadVarUInt64();
        if (count > (ulong)(_data.Length - _position))
        {
            throw new WireFormatException($"A collection claims {count} items but only {_data.Length - _position} bytes remain.");
        }

        return (int)count;
    }

    private int ReadLength()
    {
        var raw = ReadVarUInt64();
        if (raw == 0)
        {
            return -1;
        }

        if (raw - 1 > (ulong)(_data.Length - _position))
        {
            throw Truncated();
        }

        return (int)(raw - 1);
    }

    private static WireFormatException Truncated() => new("The message ended before its last field.");
}
