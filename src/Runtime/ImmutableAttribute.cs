namespace Grid.Runtime;

/// <summary>Promises that instances of this type are never mutated, so they cross grain boundaries in-process without a copy.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ImmutableAttribute : Attribute;
