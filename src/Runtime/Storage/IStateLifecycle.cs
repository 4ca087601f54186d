namespace Grid.Runtime.Storage;

/// <summary>What the activation does with each of its grain's durable states: load it before OnActivateAsync.</summary>
internal interface IStateLifecycle
{
    Task LoadAsync();
}
