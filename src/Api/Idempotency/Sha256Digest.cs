using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Grid.Api.Idempotency;

/// <summary>
/// A SHA-256 digest held as four words: a dictionary key and a field of a stored slot that the garbage collector never
/// has to trace, where a <c>byte[]</c> would be one more object per kept response.
/// </summary>
internal readonly struct Sha256Digest : IEquatable<Sha256Digest>
{
    public const int Size = 32;
    private const int StackLimit = 512;
    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    private Sha256Digest(ReadOnlySpan<byte> digest)
    {
        _a = BinaryPrimitives.ReadUInt64LittleEndian(digest);
        _b = BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]);
        _c = BinaryPrimitives.ReadUInt64LittleEndian(digest[16..]);
        _d = BinaryPrimitives.ReadUInt64LittleEndian(digest[24..]);
    }

    /// <summary>The digest of <paramref name="data"/>.</summary>
    public static Sha256Digest Of(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Size];
        SHA256.HashData(data, digest);
        return new Sha256Digest(digest);
    }

    /// <summary>The digest of the UTF-8 bytes of <paramref name="text"/>, encoded on the stack when short (a scoped key is).</summary>
    public static Sha256Digest Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > StackLimit)
        {
            return Of(Encoding.UTF8.GetBytes(text));
        }

        Span<byte> bytes = stackalloc byte[StackLimit];
        Encoding.UTF8.GetBytes(text, bytes);
        return Of(bytes[..length]);
    }

    /// <summary>Writes the 32 bytes of the digest, in the order SHA-256 produced them.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, _a);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[24..], _d);
    }

    public bool Equals(Sha256Digest other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    public override bool Equals(object? obj) => obj is Sha256Digest other && Equals(other);

    /// <summary>Any 32 bits of a SHA-256 digest are as well spread as a hash code can be.</summary>
    public override int GetHashCode() => (int)_a;

    public static bool operator ==(Sha256Digest left, Sha256Digest right) => left.Equals(right);

    public static bool operator !=(Sha256Digest left, Sha256Digest right) => !left.Equals(right);
}
