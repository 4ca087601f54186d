using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Grid.Runtime.Serialization;

/// <summary>Writes Grid's compact binary wire format into a growable pooled buffer.</summary>
public sealed class WireWriter : IDisposable
{
    private const int DefaultCapacity = 256;
    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer with a pooled buffer.</summary>
    public WireWriter(int capacity = DefaultCapacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 16));
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The bytes written so far, valid until the writer is written to again or disposed.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>The number of bytes written so far.</summary>
    public int Length => _length;

    /// <summary>Copies the written bytes into a new array.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Reset() => _length = 0;

    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    /// <summary>Writes raw bytes with no length prefix.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Writes an unsigned integer in 7-bit groups.</summary>
    public void WriteVarUInt64(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>Writes a signed integer zig-zag encoded in 7-bit groups.</summary>
    public void WriteVarInt64(long value) => WriteVarUInt64((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>Writes a signed 32-bit integer zig-zag encoded in 7-bit groups.</summary>
    public void WriteVarInt32(int value) => WriteVarInt64(value);

    /// <summary>Writes a 32-bit float.</summary>
    public void WriteSingle(float value)
    {
        Ensure(4);
        BinaryPrimitives.WriteSingleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    /// <summary>Writes a 64-bit float.</summary>
    public void WriteDouble(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    /// <summary>Writes a fixed 64-bit little-endian integer.</summary>
    public void WriteFixedInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    /// <summary>Writes a string as a UTF-8 length-prefixed run; null is distinct from empty.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteVarUInt64(0);
            return;
        }

        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt64((ulong)byteCount + 1);
        Ensure(byteCount);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>Writes a byte array as a length-prefixed run; null is distinct from empty.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value, bool isNull = false)
    {
        if (isNull)
        {
            WriteVarUInt64(0);
            return;
        }

        WriteVarUInt64((ulong)value.Length + 1);
        WriteRaw(value);
    }

    /// <summary>Starts a tagged field: writes its tag and reserves its length; pass the result to <see cref="EndField"/>.</summary>
    public int BeginField(uint tag)
    {
        WriteVarUInt64(tag);
        Ensure(4);
        var position = _length;
        _length += 4;
        return position;
    }

    /// <summary>Ends a tagged field by filling in its length, so readers that do not know the tag can skip it.</summary>
    public void EndField(int position) =>
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position), _length - position - 4);

    /// <summary>Writes the presence marker of a reference: false for null.</summary>
    public void WritePresence(bool present) => WriteByte(present ? (byte)1 : (byte)0);

    /// <summary>Returns the pooled buffer.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int count)
    {
        if (_length + count <= _buffer.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
