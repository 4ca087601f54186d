namespace Grid.CodeGenerator;

internal sealed record GrainClassModel(
    string FullName,
    string InterfaceFullName,
    string GrainType,
    bool IsReentrant,
    EquatableArray<ConstructorParameterModel> ConstructorParameters,
    EquatableArray<string> Registrations,
    EquatableArray<DiagnosticInfo> Diagnostics);
