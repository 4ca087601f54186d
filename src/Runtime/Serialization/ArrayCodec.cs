namespace Grid.Runtime.Serialization;

/// <summary>Codec for arrays.</summary>
public sealed class ArrayCodec<T> : FieldCodec<T[]>
{
    /// <inheritdoc />
    public override void Write(WireWriter writer, T[] value)
    {
        writer.WritePresence(value is not null);
        if (value is null)
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
    public override T[] Read(WireReader reader)
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
    public override T[] DeepCopy(T[] value)
    {
        if (value is null)
        {
            return null!;
        }

        var result = new T[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            result[i] = Codec<T>.Copy(value[i]);
        }

        return result;
    }
}
