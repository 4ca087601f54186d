namespace Grid.CodeGenerator;

/// <summary>One grain method. ReturnKind is Task, TaskOfT, ValueTask or ValueTaskOfT; ResultType is the awaited type.</summary>
internal sealed record MethodModel(
    int MethodId,
    string Name,
    string DeclaringInterface,
    string ReturnKind,
    string ReturnType,
    string ResultType,
    bool AlwaysInterleave,
    EquatableArray<ParameterModel> Parameters);
