namespace Grid.Runtime;

/// <summary>Lets a grain class interleave requests at await points. Turns still never run in parallel.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
