namespace Grid.CodeGenerator;

/// <summary>A data member of a serializable type; ConstructorIndex is -1 when it is set by an initializer.</summary>
internal sealed record MemberModel(string Name, string Type, int ConstructorIndex, uint Tag);
