using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator;

/// <summary>Turns symbols into the plain models the emitters work from, with diagnostics for what is unsupported.</summary>
internal static class ModelBuilder
{
    public const string GrainInterface = "Grid.Runtime.IGrain";
    public const string GrainWithStringKey = "Grid.Runtime.IGrainWithStringKey";
    private const string Remindable = "Grid.Runtime.Reminders.IRemindable";
    private const string GrainBase = "Grid.Runtime.Grain";
    private const string ReentrantAttribute = "Grid.Runtime.ReentrantAttribute";
    private const string AlwaysInterleaveAttribute = "Grid.Runtime.AlwaysInterleaveAttribute";
    private const string GrainTypeAttribute = "Grid.Runtime.GrainTypeAttribute";
    private const string IdAttribute = "Grid.Runtime.IdAttribute";
    private const string PersistentStateAttribute = "Grid.Runtime.Storage.PersistentStateAttribute";
    private const string PersistentStateInterface = "Grid.Runtime.Storage.IPersistentState<TState>";
    private const string JournaledStateAttribute = "Grid.Runtime.Storage.JournaledStateAttribute";
    private const string JournaledStateInterface = "Grid.Runtime.Storage.IJournaledState<TState, TEntry>";

    public static bool IsGrainInterface(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface
        && type.ToDisplayString() is not GrainInterface and not GrainWithStringKey
        && type.AllInterfaces.Any(i => i.ToDisplayString() == GrainWithStringKey);

    public static InterfaceModel BuildInterface(INamedTypeSymbol type)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var registrations = new List<string>();
        var methods = new List<MethodModel>();
        var interfaces = new[] { type }.Concat(type.AllInterfaces.Where(IsGrainInterface));
        foreach (var declaring in interfaces)
        {
            foreach (var member in declaring.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                {
                    if (method.IsStatic || !method.IsAbstract)
                    {
                        continue;
                    }

                    var model = BuildMethod(declaring, method, methods.Count, registrations, diagnostics);
                    if (model is not null)
                    {
                        methods.Add(model);
                    }
                }
                else if (member is IPropertySymbol or IEventSymbol && !member.IsStatic)
                {
                    diagnostics.Add(new DiagnosticInfo("GRID006", $"Grain interface '{declaring.Name}' declares '{member.Name}', which is not a method. Grain interfaces may declare only methods returning Task, Task<T>, ValueTask or ValueTask<T>.", member.Locations.FirstOrDefault()));
                }
            }
        }

        return new InterfaceModel(
            TypeAnalysis.Name(type),
            SafeName(type),
            GrainTypeName(type),
            new EquatableArray<MethodModel>(methods),
            new EquatableArray<string>(registrations.Distinct()),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    public static GrainClassModel? BuildGrainClass(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || !DerivesFrom(type, GrainBase))
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var location = type.Locations.FirstOrDefault();
        // IRemindable is the runtime's callback for reminders, implemented beside the grain's own interface; it is not that interface.
        var grainInterfaces = type.AllInterfaces.Where(i => IsGrainInterface(i) && i.ToDisplayString() != Remindable).ToList();
        var leaves = grainInterfaces.Where(i => !grainInterfaces.Any(other => other.AllInterfaces.Contains(i, SymbolEqualityComparer.Default))).ToList();
        if (type.IsAbstract)
        {
            return null;
        }

        if (leaves.Count != 1)
        {
            diagnostics.Add(new DiagnosticInfo("GRID005", $"Grain class '{type.Name}' implements {leaves.Count} unrelated grain interfaces; it must implement exactly one (which may extend others).", location));
            return new GrainClassModel(TypeAnalysis.Name(type), string.Empty, string.Empty, false, default, default, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        if (type.IsGenericType || !IsAccessibleFromAssembly(type))
        {
            diagnostics.Add(new DiagnosticInfo("GRID008", $"Grain class '{type.Name}' must be a non-generic class accessible within its assembly (internal or public, not nested in a private type).", location));
        }

        var constructor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            diagnostics.Add(new DiagnosticInfo("GRID008", $"Grain class '{type.Name}' needs a public or internal constructor.", location));
        }

        var registrations = new List<string>();
        var parameters = new List<ConstructorParameterModel>();
        foreach (var parameter in constructor?.Parameters ?? Enumerable.Empty<IParameterSymbol>())
        {
            parameters.Add(BuildConstructorParameter(type, parameter, registrations, diagnostics));
        }

        return new GrainClassModel(
            TypeAnalysis.Name(type),
            TypeAnalysis.Name(leaves[0]),
            GrainTypeName(leaves[0]),
            TypeAnalysis.HasAttribute(type, ReentrantAttribute),
            new EquatableArray<ConstructorParameterModel>(parameters),
            new EquatableArray<string>(registrations.Distinct()),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    public static SerializableModel BuildSerializable(INamedTypeSymbol type)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var registrations = new List<string>();
        var location = type.Locations.FirstOrDefault();
        var name = TypeAnalysis.Name(type);
        var isException = TypeAnalysis.IsException(type);

        if (type.IsGenericType || type.IsAbstract || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !IsAccessibleFromAssembly(type))
        {
            diagnostics.Add(new DiagnosticInfo("GRID007", $"'{type.Name}' cannot have a generated serializer: it must be a non-generic, non-abstract class, record or struct accessible within its assembly.", location));
            return Empty(type, isException, diagnostics);
        }

        if (isException)
        {
            var hasMessageConstructor = type.InstanceConstructors.Any(c =>
                c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                && c.Parameters.Length == 1
                && c.Parameters[0].Type.SpecialType == SpecialType.System_String);
            if (!hasMessageConstructor)
            {
                diagnostics.Add(new DiagnosticInfo("GRID007", $"Exception '{type.Name}' needs a constructor taking only the message (string) to be recreated on the calling silo.", location));
            }

            return Empty(type, isException, diagnostics);
        }

        var members = TypeAnalysis.DataMembers(type).ToList();
        var constructor = ChooseConstructor(type, members);
        var constructorParameters = constructor?.Parameters ?? System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
        if (constructor is null && !type.IsValueType)
        {
            diagnostics.Add(new DiagnosticInfo("GRID007", $"'{type.Name}' needs a public or internal constructor whose parameters all match members by name and type, or a parameterless one.", location));
        }

        var models = new List<MemberModel>();
        foreach (var member in members)
        {
            var memberType = TypeAnalysis.MemberType(member);
            var index = -1;
            for (var i = 0; i < constructorParameters.Length; i++)
            {
                if (string.Equals(constructorParameters[i].Name, member.Name, System.StringComparison.OrdinalIgnoreCase))
                {
                    index = i;
                }
            }

            if (index < 0 && !TypeAnalysis.IsSettable(member))
            {
                if (member is IPropertySymbol property && !TypeAnalysis.IsAutoProperty(property))
                {
                    continue;
                }

                diagnostics.Add(new DiagnosticInfo("GRID007", $"Member '{type.Name}.{member.Name}' can be neither passed to a constructor nor set; add it to a constructor or give it an init accessor.", member.Locations.FirstOrDefault() ?? location));
                continue;
            }

            TypeAnalysis.CollectCodecs(memberType, registrations, diagnostics, member.Locations.FirstOrDefault() ?? location, $"Member '{type.Name}.{member.Name}'");
            var tag = TagOf(member, index >= 0 ? constructorParameters[index] : null);
            if (models.FirstOrDefault(m => m.Tag == tag) is { } clash)
            {
                diagnostics.Add(new DiagnosticInfo("GRID007", $"Members '{type.Name}.{clash.Name}' and '{type.Name}.{member.Name}' have the same wire tag {tag}; give one of them [Id(n)] with a unique number.", member.Locations.FirstOrDefault() ?? location));
                continue;
            }

            models.Add(new MemberModel(member.Name, TypeAnalysis.Name(memberType), index, tag));
        }

        return new SerializableModel(
            name,
            SafeName(type),
            type.IsValueType,
            type.IsSealed || type.IsValueType,
            TypeAnalysis.IsImmutable(type),
            false,
            constructorParameters.Length,
            new EquatableArray<MemberModel>(models),
            new EquatableArray<string>(registrations.Distinct()),
            new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary>The member's wire tag: its [Id], else a stable FNV-1a hash of its name.</summary>
    private static uint TagOf(ISymbol member, IParameterSymbol? parameter)
    {
        foreach (var symbol in new ISymbol?[] { member, parameter })
        {
            var id = symbol?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == IdAttribute);
            if (id is { ConstructorArguments.Length: 1 } && id.ConstructorArguments[0].Value is uint explicitTag)
            {
                return explicitTag;
            }
        }

        var hash = 2166136261u;
        foreach (var c in member.Name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        // Small explicit ids and hashed names never meet: hashes keep the top bit set.
        return hash | 0x8000_0000u;
    }

    private static ConstructorParameterModel BuildConstructorParameter(INamedTypeSymbol grain, IParameterSymbol parameter, List<string> registrations, List<DiagnosticInfo> diagnostics)
    {
        var typeName = TypeAnalysis.Name(parameter.Type);
        var attribute = parameter.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() is PersistentStateAttribute or JournaledStateAttribute);
        if (attribute is null)
        {
            return new ConstructorParameterModel(typeName, null, null, null);
        }

        var journaled = attribute.AttributeClass!.ToDisplayString() == JournaledStateAttribute;
        var expectedInterface = journaled ? JournaledStateInterface : PersistentStateInterface;

        var location = parameter.Locations.FirstOrDefault();
        var stateName = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        var storageName = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string : "Default";
        if (parameter.Type is not INamedTypeSymbol { IsGenericType: true } stateInterface
            || stateInterface.ConstructedFrom.ToDisplayString() != expectedInterface)
        {
            diagnostics.Add(new DiagnosticInfo("GRID008", journaled
                ? $"Parameter '{parameter.Name}' of grain class '{grain.Name}' is marked [JournaledState] but is not an IJournaledState<TState, TEntry>."
                : $"Parameter '{parameter.Name}' of grain class '{grain.Name}' is marked [PersistentState] but is not an IPersistentState<T>.", location));
            return new ConstructorParameterModel(typeName, null, null, null);
        }

        if (string.IsNullOrWhiteSpace(stateName) || string.IsNullOrWhiteSpace(storageName))
        {
            diagnostics.Add(new DiagnosticInfo("GRID008", $"Parameter '{parameter.Name}' of grain class '{grain.Name}' needs a state name and a storage name.", location));
        }

        var stateType = stateInterface.TypeArguments[0];
        if (stateType is not INamedTypeSymbol named || named.IsAbstract || !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            diagnostics.Add(new DiagnosticInfo("GRID008", $"State type '{stateType.Name}' of grain class '{grain.Name}' needs a parameterless constructor, so a grain with no stored state starts from a new instance.", location));
        }

        TypeAnalysis.CollectCodecs(stateType, registrations, diagnostics, location, $"State '{stateName}' of grain class '{grain.Name}'");
        if (!journaled)
        {
            return new ConstructorParameterModel(typeName, TypeAnalysis.Name(stateType), stateName, storageName);
        }

        // Journal entries may use a hand-written codec (a union of entry kinds, say), so only their presence is checked at run time.
        return new ConstructorParameterModel(typeName, TypeAnalysis.Name(stateType), stateName, storageName, TypeAnalysis.Name(stateInterface.TypeArguments[1]));
    }

    private static SerializableModel Empty(INamedTypeSymbol type, bool isException, List<DiagnosticInfo> diagnostics) =>
        new(TypeAnalysis.Name(type), SafeName(type), type.IsValueType, type.IsSealed, false, isException, 0, default, default, new EquatableArray<DiagnosticInfo>(diagnostics));

    private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, List<ISymbol> members) =>
        type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
            .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
            .Where(c => c.Parameters.All(p => members.Any(m =>
                string.Equals(m.Name, p.Name, System.StringComparison.OrdinalIgnoreCase)
                && SymbolEqualityComparer.Default.Equals(TypeAnalysis.MemberType(m).WithNullableAnnotation(NullableAnnotation.None), p.Type.WithNullableAnnotation(NullableAnnotation.None)))))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();

    private static MethodModel? BuildMethod(INamedTypeSymbol declaring, IMethodSymbol method, int methodId, List<string> registrations, List<DiagnosticInfo> diagnostics)
    {
        var location = method.Locations.FirstOrDefault();
        var context = $"Grain method '{declaring.Name}.{method.Name}'";
        if (method.IsGenericMethod)
        {
            diagnostics.Add(new DiagnosticInfo("GRID003", $"{context} is generic; grain methods cannot have type parameters.", location));
            return null;
        }

        var returnType = method.ReturnType as INamedTypeSymbol;
        var definition = returnType?.ConstructedFrom.ToDisplayString();
        string? kind = definition switch
        {
            "System.Threading.Tasks.Task" => "Task",
            "System.Threading.Tasks.Task<TResult>" => "TaskOfT",
            "System.Threading.Tasks.ValueTask" => "ValueTask",
            "System.Threading.Tasks.ValueTask<TResult>" => "ValueTaskOfT",
            _ => null,
        };
        if (kind is null)
        {
            diagnostics.Add(new DiagnosticInfo("GRID001", $"{context} returns '{method.ReturnType.ToDisplayString()}'; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>.", location));
            return null;
        }

        var resultType = kind is "TaskOfT" or "ValueTaskOfT" ? returnType!.TypeArguments[0] : null;
        var ok = true;
        var parameters = new List<ParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                diagnostics.Add(new DiagnosticInfo("GRID002", $"{context}: parameter '{parameter.Name}' is passed {RefKindText(parameter.RefKind)}; grain method parameters are passed by value.", parameter.Locations.FirstOrDefault() ?? location));
                ok = false;
                continue;
            }

            var before = diagnostics.Count;
            TypeAnalysis.CollectCodecs(parameter.Type, registrations, diagnostics, parameter.Locations.FirstOrDefault() ?? location, $"{context}, parameter '{parameter.Name}'");
            ok &= diagnostics.Count == before;
            parameters.Add(new ParameterModel(parameter.Name, TypeAnalysis.Name(parameter.Type), TypeAnalysis.IsImmutable(parameter.Type)));
        }

        if (resultType is not null)
        {
            var before = diagnostics.Count;
            TypeAnalysis.CollectCodecs(resultType, registrations, diagnostics, location, $"{context}, result");
            ok &= diagnostics.Count == before;
        }

        if (!ok)
        {
            return null;
        }

        return new MethodModel(
            methodId,
            method.Name,
            TypeAnalysis.Name(declaring),
            kind,
            TypeAnalysis.Name(method.ReturnType),
            resultType is null ? "global::Grid.Runtime.Invocation.VoidResult" : TypeAnalysis.Name(resultType),
            TypeAnalysis.HasAttribute(method, AlwaysInterleaveAttribute),
            new EquatableArray<ParameterModel>(parameters));
    }

    private static string RefKindText(RefKind kind) => kind switch
    {
        RefKind.Ref => "by ref",
        RefKind.Out => "as out",
        RefKind.In => "as in",
        _ => "by ref readonly",
    };

    private static string GrainTypeName(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == GrainTypeAttribute);
        if (attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string explicitName)
        {
            return explicitName;
        }

        var name = type.Name;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        if (name.EndsWith("Grain", System.StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name.Substring(0, name.Length - "Grain".Length);
        }

        return name.ToLowerInvariant();
    }

    private static string SafeName(INamedTypeSymbol type) =>
        new string(type.ToDisplayString().Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == baseName)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAccessibleFromAssembly(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
