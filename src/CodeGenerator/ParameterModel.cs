namespace Grid.CodeGenerator;

internal sealed record ParameterModel(string Name, string Type, bool IsImmutable);
