namespace Grid.Runtime.Invocation;

/// <summary>The result of a grain method that returns Task or ValueTask.</summary>
public readonly record struct VoidResult;
