namespace Grid.Runtime.Identity;

/// <summary>The name of a kind of grain, for example <c>inventory</c>. Derived from the grain interface.</summary>
public readonly record struct GrainType
{
    /// <summary>Longest accepted grain type name.</summary>
    public const int MaxLength = 128;

    /// <summary>Creates a grain type after checking the name.</summary>
    public GrainType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"A grain type name is at most {MaxLength} characters.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The name.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
