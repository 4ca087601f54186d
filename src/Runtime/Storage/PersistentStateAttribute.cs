namespace Grid.Runtime.Storage;

/// <summary>Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: its state name and storage.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class PersistentStateAttribute(string stateName, string storageName = PersistentStateAttribute.DefaultStorage) : Attribute
{
    /// <summary>The storage used when none is named.</summary>
    public const string DefaultStorage = "Default";

    /// <summary>The state's name within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name.</summary>
    public string StorageName { get; } = storageName;
}
