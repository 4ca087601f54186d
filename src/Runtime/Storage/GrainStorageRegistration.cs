namespace Grid.Runtime.Storage;

/// <summary>A named storage provider registered with a silo; the last registration of a name wins.</summary>
public sealed record GrainStorageRegistration(string Name, Func<IServiceProvider, IGrainStorage> Create);
