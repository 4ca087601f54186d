namespace Grid.Runtime.Serialization;

/// <summary>Registers codecs. Generated code calls it from a module initializer; the runtime registers built-in types.</summary>
public static class CodecRegistry
{
    private static readonly Lock Gate = new();
    private static volatile bool _builtInsRegistered;

    /// <summary>Registers a codec unless the type already has one.</summary>
    public static void Register<T>(FieldCodec<T> codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        Codec<T>.Set(codec);
    }

    /// <summary>True when <typeparamref name="T"/> has a codec.</summary>
    public static bool IsRegistered<T>()
    {
        EnsureBuiltIns();
        return Codec<T>.IsRegistered;
    }

    internal static void EnsureBuiltIns()
    {
        if (_builtInsRegistered)
        {
            return;
        }

        // Concurrent first users must wait until every built-in is registered, not just until one thread started.
        lock (Gate)
        {
            if (!_builtInsRegistered)
            {
                BuiltInCodecs.RegisterAll();
                _builtInsRegistered = true;
            }
        }
    }
}
