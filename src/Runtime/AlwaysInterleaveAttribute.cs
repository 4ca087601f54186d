namespace Grid.Runtime;

/// <summary>Lets this grain interface method interleave with any other request, even on a non-reentrant grain.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute;
