namespace Grid.Runtime.Serialization;

/// <summary>Codec for an enum, written as its underlying integer. Generated code supplies the conversions.</summary>
public sealed class EnumCodec<T> : FieldCodec<T>
    where T : struct, Enum
{
    private readonly Func<T, long> _toInt64;
    private readonly Func<long, T> _fromInt64;

    /// <summary>Creates the codec from the two conversions.</summary>
    public EnumCodec(Func<T, long> toInt64, Func<long, T> fromInt64)
    {
        _toInt64 = toInt64;
        _fromInt64 = fromInt64;
    }

    /// <inheritdoc />
    public override bool IsImmutable => true;

    /// <inheritdoc />
    public override void Write(WireWriter writer, T value) => writer.WriteVarInt64(_toInt64(value));

    /// <inheritdoc />
    public override T Read(WireReader reader) => _fromInt64(reader.ReadVarInt64());

    /// <inheritdoc />
    public override T DeepCopy(T value) => value;
}
