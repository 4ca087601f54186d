namespace Grid.Runtime;

/// <summary>A grain addressed by a string key.</summary>
#pragma warning disable CA1040 // a marker interface is the programming model
public interface IGrainWithStringKey : IGrain;
#pragma warning restore CA1040
