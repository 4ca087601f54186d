namespace Grid.Runtime;

/// <summary>
/// Fixes the wire tag of a member of a <see cref="GenerateSerializerAttribute"/> type. Without it the tag is a stable
/// hash of the member's name, so members can be added, removed and reordered but not renamed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class IdAttribute(uint id) : Attribute
{
    /// <summary>The member's wire tag.</summary>
    public uint Id { get; } = id;
}
