using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grid.CodeGenerator;

/// <summary>
/// Generates, at build time, a typed proxy and one request (invoker) class per method of every grain interface,
/// an activator for every grain class, a codec for every [GenerateSerializer] type, and a module initializer that
/// registers them with the runtime. Nothing on the call path uses reflection.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GridGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName(ModelBuilder.GrainInterface) is not null);

        var interfaces = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, token) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token) is INamedTypeSymbol symbol && ModelBuilder.IsGrainInterface(symbol)
                    ? ModelBuilder.BuildInterface(symbol)
                    : null)
            .Where(static model => model is not null)
            .Collect();

        var classes = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                static (syntax, token) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token) is INamedTypeSymbol symbol
                    ? ModelBuilder.BuildGrainClass(symbol)
                    : null)
            .Where(static model => model is not null)
            .Collect();

        var serializables = context.SyntaxProvider.ForAttributeWithMetadataName(
                TypeAnalysis.GenerateSerializerAttribute,
                static (_, _) => true,
                static (syntax, _) => ModelBuilder.BuildSerializable((INamedTypeSymbol)syntax.TargetSymbol))
            .Collect();

        var all = enabled.Combine(interfaces).Combine(classes).Combine(serializables);
        context.RegisterSourceOutput(all, static (output, input) =>
        {
            var (((isEnabled, interfaceModels), classModels), serializableModels) = input;
            if (!isEnabled)
            {
                return;
            }

            var registrations = new List<string>();
            var reported = new HashSet<DiagnosticInfo>();
            foreach (var model in interfaceModels.Distinct().GroupBy(m => m!.FullName).Select(g => g.First()!))
            {
                Report(output, model.Diagnostics, reported);

                // A proxy missing rejected methods would only add compiler errors next to the real one.
                if (model.Diagnostics.Count == 0)
                {
                    output.AddSource($"{model.SafeName}.Proxy.g.cs", Emitter.EmitInterface(model));
                    registrations.Add($"{model.SafeName}__Registration");
                }
            }

            foreach (var model in serializableModels.GroupBy(m => m.FullName).Select(g => g.First()))
            {
                Report(output, model.Diagnostics, reported);
                if (model.Diagnostics.Count == 0)
                {
                    output.AddSource($"{model.SafeName}.Codec.g.cs", Emitter.EmitSerializable(model));
                    registrations.Add($"{model.SafeName}__Registration");
                }
            }

            var grainClasses = new List<GrainClassModel>();
            foreach (var model in classModels.GroupBy(m => m!.FullName).Select(g => g.First()!))
            {
                Report(output, model.Diagnostics, reported);
                if (model.Diagnostics.Count == 0)
                {
                    grainClasses.Add(model);
                }
            }

            if (registrations.Count > 0 || grainClasses.Count > 0)
            {
                output.AddSource("GridModuleInitializer.g.cs", Emitter.EmitModuleInitializer(registrations, grainClasses));
            }
        });
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics, HashSet<DiagnosticInfo> reported)
    {
        // A method of a base grain interface is analysed once per derived interface; report it once.
        foreach (var diagnostic in diagnostics)
        {
            if (reported.Add(diagnostic))
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }
    }
}
