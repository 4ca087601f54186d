namespace Grid.Runtime;

/// <summary>Marks a grain interface. Grain interfaces hold only methods returning Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
#pragma warning disable CA1040 // a marker interface is the programming model
public interface IGrain;
#pragma warning restore CA1040
