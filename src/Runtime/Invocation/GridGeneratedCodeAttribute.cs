namespace Grid.Runtime.Invocation;

/// <summary>Emitted by the source generator on assemblies that carry generated proxies, invokers or codecs.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class GridGeneratedCodeAttribute : Attribute;
