using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator;

/// <summary>Decides which types can cross a grain boundary, which need no copy, and which codecs must be registered.</summary>
internal static class TypeAnalysis
{
    public const string GenerateSerializerAttribute = "Grid.Runtime.GenerateSerializerAttribute";
    public const string ImmutableAttribute = "Grid.Runtime.ImmutableAttribute";
    private const string Codecs = "global::Grid.Runtime.Serialization.";

    public static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static string Name(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(TypeFormat);

    public static bool HasAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == metadataName);

    public static bool IsException(ITypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == "System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the registrations <paramref name="type"/> needs, or a diagnostic when it cannot cross a boundary.</summary>
    public static void CollectCodecs(ITypeSymbol type, ICollection<string> registrations, ICollection<DiagnosticInfo> diagnostics, Location? location, string context)
    {
        CollectCodecs(type, registrations, diagnostics, location, context, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
    }

    public static bool IsImmutable(ITypeSymbol type) => IsImmutable(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

    /// <summary>The data members of a serializable type: public instance properties and fields it can read.</summary>
    public static IEnumerable<ISymbol> DataMembers(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType is not SpecialType.System_Object and not SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || !seen.Add(member.Name))
                {
                    continue;
                }

                if (member is IPropertySymbol { IsIndexer: false, GetMethod: not null } property && property.Name != "EqualityContract")
                {
                    yield return property;
                }
                else if (member is IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false })
                {
                    yield return member;
                }
            }
        }
    }

    public static ITypeSymbol MemberType(ISymbol member) => member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;

    public static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    public static bool IsSettable(ISymbol member) => member switch
    {
        IPropertySymbol { SetMethod: { } setter } => setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal,
        IFieldSymbol field => !field.IsReadOnly,
        _ => false,
    };

    private static bool IsReadOnlyMember(ISymbol member) => member switch
    {
        IPropertySymbol property => property.SetMethod is null || property.SetMethod.IsInitOnly,
        IFieldSymbol field => field.IsReadOnly,
        _ => true,
    };

    private static bool IsBuiltIn(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_Char:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return true;
        }

        var name = type.ToDisplayString();
        return name is "System.Guid" or "System.DateTimeOffset" or "System.TimeSpan" or "System.DateOnly" or "Grid.Runtime.Invocation.VoidResult"
            or "Grid.Runtime.Reminders.ReminderTick";
    }

    private static void CollectCodecs(ITypeSymbol type, ICollection<string> registrations, ICollection<DiagnosticInfo> diagnostics, Location? location, string context, HashSet<ITypeSymbol> visited)
    {
        if (!visited.Add(type) || IsBuiltIn(type))
        {
            return;
        }

        var name = Name(type);
        if (type is IArrayTypeSymbol array)
        {
            if (array.ElementType.SpecialType == SpecialType.System_Byte && array.Rank == 1)
            {
                return;
            }

            if (array.Rank != 1)
            {
                diagnostics.Add(new DiagnosticInfo("GRID004", $"{context}: multi-dimensional array '{name}' cannot cross a grain boundary; use a jagged array or a list.", location));
                return;
            }

            registrations.Add($"{Codecs}CodecRegistry.Register(new {Codecs}ArrayCodec<{Name(array.ElementType)}>());");
            CollectCodecs(array.ElementType, registrations, diagnostics, location, context, visited);
            return;
        }

        if (type is not INamedTypeSymbol named || type.TypeKind == TypeKind.TypeParameter)
        {
            diagnostics.Add(new DiagnosticInfo("GRID004", $"{context}: type '{name}' cannot cross a grain boundary.", location));
            return;
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            registrations.Add($"{Codecs}CodecRegistry.Register(new {Codecs}EnumCodec<{name}>(static v => unchecked((long)v), static v => unchecked(({name})v)));");
            return;
        }

        if (named.IsGenericType)
        {
            var definition = named.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var args = named.TypeArguments;
            var codec = definition switch
            {
                "global::System.Nullable<T>" => "NullableCodec",
                "global::System.Collections.Generic.List<T>" => "ListCodec",
                "global::System.Collections.Generic.IReadOnlyList<T>" => "ReadOnlyListCodec",
                "global::System.Collections.Generic.HashSet<T>" => "HashSetCodec",
                "global::System.Collections.Immutable.ImmutableArray<T>" => "ImmutableArrayCodec",
                "global::System.Collections.Generic.Dictionary<TKey, TValue>" => "DictionaryCodec",
                "global::System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" => "ReadOnlyDictionaryCodec",
                _ => null,
            };
            if (codec is null)
            {
                diagnostics.Add(new DiagnosticInfo("GRID004", $"{context}: generic type '{name}' cannot cross a grain boundary; supported collections are T[], List<T>, IReadOnlyList<T>, HashSet<T>, ImmutableArray<T>, Dictionary<K,V> and IReadOnlyDictionary<K,V>.", location));
                return;
            }

            registrations.Add($"{Codecs}CodecRegistry.Register(new {Codecs}{codec}<{string.Join(", ", args.Select(Name))}>());");
            foreach (var argument in args)
            {
                CollectCodecs(argument, registrations, diagnostics, location, context, visited);
            }

            return;
        }

        if (HasAttribute(named, GenerateSerializerAttribute))
        {
            return;
        }

        diagnostics.Add(new DiagnosticInfo("GRID004", $"{context}: type '{name}' cannot cross a grain boundary; mark it [GenerateSerializer] or use a supported built-in type.", location));
    }

    private static bool IsImmutable(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (IsBuiltIn(type) || type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (HasAttribute(named, ImmutableAttribute))
        {
            return true;
        }

        if (named.IsGenericType)
        {
            var definition = named.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return definition is "global::System.Nullable<T>" or "global::System.Collections.Immutable.ImmutableArray<T>"
                && IsImmutable(named.TypeArguments[0], visiting);
        }

        if (!HasAttribute(named, GenerateSerializerAttribute) || !(named.IsValueType || named.IsSealed))
        {
            return false;
        }

        if (!visiting.Add(named))
        {
            return true;
        }

        return DataMembers(named).All(member => IsReadOnlyMember(member) && IsImmutable(MemberType(member), visiting));
    }
}
