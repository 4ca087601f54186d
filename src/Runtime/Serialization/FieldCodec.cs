namespace Grid.Runtime.Serialization;

/// <summary>Serializes and deep-copies values of one type. Generated code derives from it for each <see cref="GenerateSerializerAttribute"/> type.</summary>
public abstract class FieldCodec<T>
{
    /// <summary>True when instances can be shared between caller and grain without a copy.</summary>
    public virtual bool IsImmutable => false;

    /// <summary>Writes a value.</summary>
    public abstract void Write(WireWriter writer, T value);

    /// <summary>Reads a value.</summary>
    public abstract T Read(WireReader reader);

    /// <summary>Returns a copy that shares no mutable state with <paramref name="value"/>.</summary>
    public virtual T DeepCopy(T value)
    {
        if (IsImmutable)
        {
            return value;
        }

        using var writer = new WireWriter();
        Write(writer, value);
        return Read(new WireReader(writer.ToArray()));
    }
}
