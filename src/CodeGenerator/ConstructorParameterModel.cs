namespace Grid.CodeGenerator;

/// <summary>A grain constructor parameter: a service to resolve, or a durable state (StateType set) to create.</summary>
internal sealed record ConstructorParameterModel(string Type, string? StateType, string? StateName, string? StorageName, string? EntryType = null);
