namespace Grid.CodeGenerator;

internal sealed record GrainClassModel(
    string FullName,
    string InterfaceFullName,
    string GrainType,
    bool IsReentrant,
    EquatableArray<string> ConstructorParameterTypes,
    EquatableArray<DiagnosticInfo> Diagnostics);
