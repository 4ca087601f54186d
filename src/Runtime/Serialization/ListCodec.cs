namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="List{T}"/>.</summary>
public sealed class ListCodec<T> : FieldCodec<List<T>>
{
    /// <inheritdoc />
    public override void Write(WireWriter writer, List<T> value)
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
    public override List<T> Read(WireReader reader)
    {
        if (!reader.ReadPresence())
        {
            return null!;
        }

        var count = reader.ReadCount();
        var result = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(Codec<T>.Read(reader));
        }

        return result;
    }

    /// <inheritdoc />
    public override List<T> DeepCopy(List<T> value)
    {
        if (value is null)
        {
            return null!;
        }

        var result = new List<T>(value.Count);
        foreach (var item in value)
        {
            result.Add(Codec<T>.Copy(item));
        }

        return result;
    }
}
