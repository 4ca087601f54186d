namespace Grid.Runtime.Storage;

/// <summary>Marks a grain constructor parameter of type <see cref="IJournaledState{TState, TEntry}"/>: its name and storage.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class JournaledStateAttribute(string stateName, string storageName = PersistentStateAttribute.DefaultStorage) : Attribute
{
    /// <summary>The state's name within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name; it must also keep journals.</summary>
    public string StorageName { get; } = storageName;
}
