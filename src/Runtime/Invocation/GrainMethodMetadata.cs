namespace Grid.Runtime.Invocation;

/// <summary>What the runtime knows about one grain interface method.</summary>
public sealed class GrainMethodMetadata
{
    /// <summary>Creates the metadata.</summary>
    public GrainMethodMetadata(int methodId, string name, bool alwaysInterleave)
    {
        MethodId = methodId;
        Name = name;
        AlwaysInterleave = alwaysInterleave;
    }

    /// <summary>The ordinal of the method within its interface.</summary>
    public int MethodId { get; }

    /// <summary>The method name.</summary>
    public string Name { get; }

    /// <summary>True when the method carries <see cref="AlwaysInterleaveAttribute"/>.</summary>
    public bool AlwaysInterleave { get; }

    internal KeyValuePair<string, object?>[] MetricTags { get; set; } = [];
}
