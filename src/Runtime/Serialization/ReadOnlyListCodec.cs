namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="IReadOnlyList{T}"/>; the receiving side gets an array.</summary>
public sealed class ReadOnlyListCodec<T> : FieldCodec<IReadOnlyList<T>>
{
    /// <inheritdoc />
    public override void Write(WireWriter writer, IReadOnlyList<T> value)
    {
        writer.WritePresence(value is not null);
        if (value is null)
        {
            return;
        }

        writer.WriteVarUInt64((ulong)value.Count);
        for (var i = 0; i < value.Count; i++)
        {
            Codec<T>.Write(writer, value[i]);
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<T> Read(WireReader reader)
    {
        if (!reader.ReadPresence())
        {
            return null!;
        }

        var result = new T[reader.ReadCount()];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Codec<T>.Read(reader);
        }

        return result;
    }

    /// <inheritdoc />
    public override IReadOnlyList<T> DeepCopy(IReadOnlyList<T> value)
    {
        if (value is null)
        {
            return null!;
        }

        var result = new T[value.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Codec<T>.Copy(value[i]);
        }

        return result;
    }
}
