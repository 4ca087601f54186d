using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator.Tests;

/// <summary>What one run of the generator produced: its diagnostics, its sources and the compilation with them added.</summary>
internal sealed record GeneratorRun(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<GeneratedSourceResult> Sources,
    Compilation Output)
{
    public string Source(string hintNameEnd) =>
        Sources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    public ImmutableArray<Diagnostic> OutputErrors() =>
        [.. Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
}
