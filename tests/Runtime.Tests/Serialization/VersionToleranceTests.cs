using Grid.Runtime.Serialization;
using Grid.Runtime.Tests.Grains;

namespace Grid.Runtime.Tests.Serialization;

/// <summary>Stored state must survive a deploy that changes its type: members are tagged by name or [Id], not position.</summary>
public sealed class VersionToleranceTests
{
    [Fact]
    public void Read_OldShapeAsNewShape_MatchesMembersByNameAndKeepsDeclaredDefaults()
    {
        var bytes = Write(new ProductV1("sku-1", 5) { Retired = "old" });

        var product = Read<ProductV2>(bytes);

        Assert.Equal("sku-1", product.Sku);
        Assert.Equal(5, product.Quantity);
        Assert.Equal(["untagged"], product.Tags);
        Assert.Equal(0m, product.Price);
        Assert.Null(product.Note);
    }

    [Fact]
    public void Read_NewShapeAsOldShape_SkipsUnknownMembers()
    {
        var bytes = Write(new ProductV2(7, "sku-2") { Tags = ["sale"], Price = 9.99m, Note = "n" });

        var product = Read<ProductV1>(bytes);

        Assert.Equal(new ProductV1("sku-2", 7), product);
        Assert.Equal("gone in v2", product.Retired);
    }

    [Fact]
    public void Read_CorruptFieldLength_ThrowsWireFormatException()
    {
        var bytes = Write(new ProductV1("sku-1", 5));

        // presence (1 byte), member count (1), first tag (5: hashed tags keep the top bit), then its 4-byte length.
        bytes[7] = 0xFF;
        bytes[8] = 0xFF;
        bytes[9] = 0xFF;
        bytes[10] = 0x7F;

        Assert.Throws<WireFormatException>(() => Read<ProductV1>(bytes));
    }

    private static byte[] Write<T>(T value)
    {
        using var writer = new WireWriter();
        Codec<T>.Write(writer, value);
        return writer.ToArray();
    }

    private static T Read<T>(byte[] bytes) => Codec<T>.Read(new WireReader(bytes));
}
