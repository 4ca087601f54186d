namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="IReadOnlyDictionary{TKey, TValue}"/>; the receiving side gets a <see cref="Dictionary{TKey, TValue}"/>.</summary>
public sealed class ReadOnlyDictionaryCodec<TKey, TValue> : FieldCodec<IReadOnlyDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly DictionaryCodec<TKey, TValue> _inner = new();

    /// <inheritdoc />
    public override void Write(WireWriter writer, IReadOnlyDictionary<TKey, TValue> value)
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
    public override IReadOnlyDictionary<TKey, TValue> Read(WireReader reader) => _inner.Read(reader);

    /// <inheritdoc />
    public override IReadOnlyDictionary<TKey, TValue> DeepCopy(IReadOnlyDictionary<TKey, TValue> value)
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
