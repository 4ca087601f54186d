using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator;

/// <summary>A diagnostic kept as plain data until the output step reports it.</summary>
internal sealed record DiagnosticInfo(string Id, string Message, Location? Location)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(Diagnostics.ById(Id), Location, Message);
}
