namespace Grid.CodeGenerator;

/// <summary>A type marked [GenerateSerializer]: its data members and how to construct it.</summary>
internal sealed record SerializableModel(
    string FullName,
    string SafeName,
    bool IsValueType,
    bool IsSealed,
    bool IsImmutable,
    bool IsException,
    int ConstructorParameterCount,
    EquatableArray<MemberModel> Members,
    EquatableArray<string> Registrations,
    EquatableArray<DiagnosticInfo> Diagnostics);
