namespace Grid.Runtime.Storage;

/// <summary>Identifies one stored state: the grain's type and key, and the state's name within the grain.</summary>
public readonly record struct StateKey(string GrainType, string GrainKey, string StateName)
{
    /// <inheritdoc />
    public override string ToString() => $"{GrainType}/{GrainKey}/{StateName}";
}
