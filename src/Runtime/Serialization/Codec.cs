using System.Runtime.CompilerServices;
using Grid.Runtime.Invocation;

namespace Grid.Runtime.Serialization;

/// <summary>The codec of <typeparamref name="T"/>, resolved once and cached in a static field.</summary>
#pragma warning disable CA1000 // a static generic cache is the point: one field load per type, no lookup
public static class Codec<T>
{
    private static FieldCodec<T>? _instance;

    /// <summary>The registered codec; throws a clear error when the type has none.</summary>
    public static FieldCodec<T> Instance
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _instance ?? Resolve();
    }

    /// <summary>Writes a value.</summary>
    public static void Write(WireWriter writer, T value) => Instance.Write(writer, value);

    /// <summary>Reads a value.</summary>
    public static T Read(WireReader reader) => Instance.Read(reader);

    /// <summary>Copies a value unless it is immutable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Copy(T value)
    {
        var codec = Instance;
        return codec.IsImmutable ? value : codec.DeepCopy(value);
    }

    internal static bool IsRegistered => _instance is not null;

    internal static void Set(FieldCodec<T> codec) => _instance ??= codec;

    private static FieldCodec<T> Resolve()
    {
        CodecRegistry.EnsureBuiltIns();
        if (_instance is null)
        {
            GeneratedCodeLoader.EnsureLoaded(typeof(T).Module);
        }

        return _instance ?? throw new SerializationNotSupportedException(typeof(T));
    }
}
#pragma warning restore CA1000
