namespace Grid.Runtime.Identity;

/// <summary>Identifies one grain: its type and its key. A grain with this id exists conceptually always.</summary>
public readonly record struct GrainId
{
    /// <summary>Longest accepted key, in characters.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>Creates a grain id after checking the key.</summary>
    public GrainId(GrainType type, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A grain key is 1 to {MaxKeyLength} characters long.", nameof(key));
        }

        Type = type;
        Key = key;
    }

    /// <summary>The grain type.</summary>
    public GrainType Type { get; }

    /// <summary>The key, unique within the type.</summary>
    public string Key { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Type.Value}/{Key}";
}
