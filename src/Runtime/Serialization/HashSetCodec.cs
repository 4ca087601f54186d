namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="HashSet{T}"/> with the default comparer.</summary>
public sealed class HashSetCodec<T> : FieldCodec<HashSet<T>>
{
    /// <inheritdoc />
    public override void Write(WireWriter writer, HashSet<T> value)
    {
        writer.WritePresence(value is not null);
        if (value is null)
        {
            return;
        }

        writer.WriteVarUInt64((ulong)value.Count);
        foreach (var item in value)
        {
            Codec<T>.Write(writer, item);
        }
    }

    /// <inheritdoc />
    public override HashSet<T> Read(WireReader reader)
    {
        if (!reader.ReadPresence())
        {
            return null!;
        }

        var count = reader.ReadCount();
        var result = new HashSet<T>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(Codec<T>.Read(reader));
        }

        return result;
    }

    /// <inheritdoc />
    public override HashSet<T> DeepCopy(HashSet<T> value)
    {
        if (value is null)
        {
            return null!;
        }

        var result = new HashSet<T>(value.Count);
        foreach (var item in value)
        {
            result.Add(Codec<T>.Copy(item));
        }

        return result;
    }
}
