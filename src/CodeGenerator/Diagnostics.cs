using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator;

/// <summary>Everything the generator can refuse, with a message that says what to change.</summary>
internal static class Diagnostics
{
    private const string Category = "Grid.CodeGenerator";

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Create("GRID001", "Grain method must return Task, Task<T>, ValueTask or ValueTask<T>");
    public static readonly DiagnosticDescriptor UnsupportedParameter = Create("GRID002", "Grain method parameter cannot be ref, out or in");
    public static readonly DiagnosticDescriptor GenericMethod = Create("GRID003", "Grain method cannot be generic");
    public static readonly DiagnosticDescriptor NotSerializable = Create("GRID004", "Type cannot cross a grain boundary");
    public static readonly DiagnosticDescriptor GrainInterfaceCount = Create("GRID005", "Grain class must implement exactly one grain interface");
    public static readonly DiagnosticDescriptor NonMethodMember = Create("GRID006", "Grain interface may declare only methods");
    public static readonly DiagnosticDescriptor SerializerShape = Create("GRID007", "Type marked [GenerateSerializer] has an unsupported shape");
    public static readonly DiagnosticDescriptor GrainClassShape = Create("GRID008", "Grain class cannot be activated");

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "GRID001" => UnsupportedReturnType,
        "GRID002" => UnsupportedParameter,
        "GRID003" => GenericMethod,
        "GRID004" => NotSerializable,
        "GRID005" => GrainInterfaceCount,
        "GRID006" => NonMethodMember,
        "GRID007" => SerializerShape,
        _ => GrainClassShape,
    };

    private static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
