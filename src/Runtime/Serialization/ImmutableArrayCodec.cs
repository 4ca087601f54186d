using System.Collections.Immutable;

namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="ImmutableArray{T}"/>; shared without a copy when its items are immutable.</summary>
public sealed class ImmutableArrayCodec<T> : FieldCodec<ImmutableArray<T>>
{
    /// <inheritdoc />
    public override bool IsImmutable => Codec<T>.Instance.IsImmutable;

    /// <inheritdoc />
    public override void Write(WireWriter writer, ImmutableArray<T> value)
    {
        writer.WritePresence(!value.IsDefault);
        if (value.IsDefault)
        {
            return;
        }

        writer.WriteVarUInt64((ulong)value.Length);
        foreach (var item in value)
        {
            Codec<T>.Write(writer, item);
        }
    }

    /// <inheritdoc />
    public override ImmutableArray<T> Read(WireReader reader)
    {
        if (!reader.ReadPresence())
        {
            return default;
        }

        var count = reader.ReadCount();
        var builder = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(Codec<T>.Read(reader));
        }

        return builder.MoveToImmutable();
    }

    /// <inheritdoc />
    public override ImmutableArray<T> DeepCopy(ImmutableArray<T> value)
    {
        if (value.IsDefault || IsImmutable)
        {
            return value;
        }

        var builder = ImmutableArray.CreateBuilder<T>(value.Length);
        foreach (var item in value)
        {
            builder.Add(Codec<T>.Copy(item));
        }

        return builder.MoveToImmutable();
    }
}
