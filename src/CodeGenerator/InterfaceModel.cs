namespace Grid.CodeGenerator;

internal sealed record InterfaceModel(
    string FullName,
    string SafeName,
    string GrainType,
    EquatableArray<MethodModel> Methods,
    EquatableArray<string> Registrations,
    EquatableArray<DiagnosticInfo> Diagnostics);
