namespace Grid.Runtime.Serialization;

/// <summary>Codec for <see cref="Nullable{T}"/>.</summary>
public sealed class NullableCodec<T> : FieldCodec<T?>
    where T : struct
{
    /// <inheritdoc />
    public override bool IsImmutable => Codec<T>.Instance.IsImmutable;

    /// <inheritdoc />
    public override void Write(WireWriter writer, T? value)
    {
        writer.WritePresence(value.HasValue);
        if (value.HasValue)
        {
            Codec<T>.Write(writer, value.GetValueOrDefault());
        }
    }

    /// <inheritdoc />
    public override T? Read(WireReader reader) => reader.ReadPresence() ? Codec<T>.Read(reader) : null;

    /// <inheritdoc />
    public override T? DeepCopy(T? value) => value.HasValue ? Codec<T>.Copy(value.GetValueOrDefault()) : null;
}
