namespace Grid.Runtime;

/// <summary>Names the grain type of a grain interface explicitly; by default IInventoryGrain is <c>inventory</c>.</summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
