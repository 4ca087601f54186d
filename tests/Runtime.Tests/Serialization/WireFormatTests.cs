using Grid.Runtime.Serialization;
using Grid.Runtime.Tests.Grains;

namespace Grid.Runtime.Tests.Serialization;

public sealed class WireFormatTests
{
    [Fact]
    public void Codec_RecordWithCollections_RoundTripsAndDeepCopies()
    {
        var basket = new Basket("ann", ["shoe", "sock"]) { Quantities = new() { ["shoe"] = 2 } };

        var copy = RoundTrip(basket);
        var deepCopy = Codec<Basket>.Copy(basket);

        Assert.Equal(basket.Owner, copy.Owner);
        Assert.Equal(basket.Items, copy.Items);
        Assert.Equal(2, copy.Quantities["shoe"]);
        Assert.NotSame(basket.Items, deepCopy.Items);
        Assert.NotSame(basket.Quantities, deepCopy.Quantities);
    }

    [Fact]
    public void Codec_ImmutableRecord_IsSharedWithoutCopy()
    {
        var price = new Price("EUR", 1m, PriceKind.Regular, null);

        Assert.True(Codec<Price>.Instance.IsImmutable);
        Assert.False(Codec<Basket>.Instance.IsImmutable);
        Assert.Same(price, Codec<Price>.Copy(price));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(300L)]
    public void VarInt_ExtremeValues_RoundTrip(long value)
    {
        using var writer = new WireWriter();
        writer.WriteVarInt64(value);

        Assert.Equal(value, new WireReader(writer.ToArray()).ReadVarInt64());
    }

    [Fact]
    public void String_NullEmptyAndUnicode_RoundTrip()
    {
        using var writer = new WireWriter();
        writer.WriteString(null);
        writer.WriteString(string.Empty);
        writer.WriteString("Zürich 東京 🛒");
        var reader = new WireReader(writer.ToArray());

        Assert.Null(reader.ReadString());
        Assert.Equal(string.Empty, reader.ReadString());
        Assert.Equal("Zürich 東京 🛒", reader.ReadString());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Read_TruncatedFrame_ThrowsWireFormatException()
    {
        using var writer = new WireWriter();
        Codec<Basket>.Write(writer, new Basket("ann", ["shoe"]));
        var bytes = writer.ToArray();

        for (var length = 0; length < bytes.Length; length++)
        {
            var truncated = bytes.AsMemory(0, length);
            Assert.Throws<WireFormatException>(() => Codec<Basket>.Read(new WireReader(truncated)));
        }
    }

    [Fact]
    public void Read_CollectionCountLargerThanFrame_ThrowsInsteadOfAllocating()
    {
        using var writer = new WireWriter();
        writer.WritePresence(true);
        writer.WriteVarUInt64(int.MaxValue);

        Assert.Throws<WireFormatException>(() => Codec<List<string>>.Read(new WireReader(writer.ToArray())));
    }

    [Fact]
    public void Codec_TypeWithoutCodec_ThrowsClearError()
    {
        var error = Assert.Throws<SerializationNotSupportedException>(() => Codec<System.Text.StringBuilder>.Instance);

        Assert.Contains("GenerateSerializer", error.Message, StringComparison.Ordinal);
    }

    private static T RoundTrip<T>(T value)
    {
        using var writer = new WireWriter();
        Codec<T>.Write(writer, value);
        return Codec<T>.Read(new WireReader(writer.ToArray()));
    }
}
