namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="Dictionary{TKey, TValue}"/> with the default comparer.</summary>
public sealed class DictionaryCodec<TKey, TValue> : FieldCodec<Dictionary<TKey, TValue>>
    where TKey : notnull
{
    /// <inheritdoc />
    public override void Write(WireWriter writer, Dictionary<TKey, TValue> value)
    {
        writer.WritePresence(value is not null);
        if (value is null)
        {
            return;
        }

        writer.WriteVarUInt64((ulong)value.Count);
        foreach (var (key, item) in value)
        {
            Codec<TKey>.Write(writer, key);
            Codec<TValue>.Write(writer, item);
        }
    }

    /// <inheritdoc />
    public override Dictionary<TKey, TValue> Read(WireReader reader)
    {
        if (!reader.ReadPresence())
        {
            return null!;
        }

        var count = reader.ReadCount();
        var result = new Dictionary<TKey, TValue>(count);
        for (var i = 0; i < count; i++)
        {
            var key = Codec<TKey>.Read(reader);
            if (!result.TryAdd(key, Codec<TValue>.Read(reader)))
            {
                throw new WireFormatException("A dictionary holds a duplicate key.");
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override Dictionary<TKey, TValue> DeepCopy(Dictionary<TKey, TValue> value)
    {
        if (value is null)
        {
            return null!;
        }

        var result = new Dictionary<TKey, TValue>(value.Count);
        foreach (var (key, item) in value)
        {
            result.Add(Codec<TKey>.Copy(key), Codec<TValue>.Copy(item));
        }

        return result;
    }
}
