namespace Grid.Runtime;

/// <summary>Asks the source generator for a codec and a deep copier of this type, so it can cross grain boundaries.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class GenerateSerializerAttribute : Attribute;
