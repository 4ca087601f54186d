using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator.Tests;

public sealed class GridGeneratorDiagnosticTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Threading.Tasks; using Grid.Runtime;\n";

    [Theory]
    [InlineData("GRID001", "'IBadGrain.Count' returns 'int'", "public interface IBadGrain : IGrainWithStringKey { int Count(); }")]
    [InlineData("GRID001", "'IBadGrain.Fire' returns 'void'", "public interface IBadGrain : IGrainWithStringKey { void Fire(); }")]
    [InlineData("GRID002", "'IBadGrain.Take': parameter 'count' is passed by ref", "public interface IBadGrain : IGrainWithStringKey { Task Take(ref int count); }")]
    [InlineData("GRID002", "'IBadGrain.Take': parameter 'count' is passed as out", "public interface IBadGrain : IGrainWithStringKey { Task Take(out int count); }")]
    [InlineData("GRID002", "'IBadGrain.Take': parameter 'count' is passed as in", "public interface IBadGrain : IGrainWithStringKey { Task Take(in int count); }")]
    [InlineData("GRID003", "'IBadGrain.Echo' is generic", "public interface IBadGrain : IGrainWithStringKey { Task<T> Echo<T>(T value); }")]
    [InlineData("GRID004", "'IBadGrain.Log', parameter 'text': type 'global::System.Text.StringBuilder'", "public interface IBadGrain : IGrainWithStringKey { Task Log(System.Text.StringBuilder text); }")]
    [InlineData("GRID004", "'IBadGrain.Save', parameter 'note': type 'global::Note'", "public class Note { public string Text { get; set; } = \"\"; } public interface IBadGrain : IGrainWithStringKey { Task Save(Note note); }")]
    [InlineData("GRID004", "'IBadGrain.Load', result: type 'global::Note'", "public class Note { public string Text { get; set; } = \"\"; } public interface IBadGrain : IGrainWithStringKey { Task<Note> Load(); }")]
    [InlineData("GRID005", "'BothGrain' implements 2 unrelated grain interfaces", "public interface IAGrain : IGrainWithStringKey { Task A(); } public interface IBGrain : IGrainWithStringKey { Task B(); } public sealed class BothGrain : Grain, IAGrain, IBGrain { public Task A() => Task.CompletedTask; public Task B() => Task.CompletedTask; }")]
    [InlineData("GRID006", "'IBadGrain' declares 'Name'", "public interface IBadGrain : IGrainWithStringKey { string Name { get; } Task Ping(); }")]
    [InlineData("GRID007", "'Box' cannot have a generated serializer", "[GenerateSerializer] public sealed class Box<T> { public T? Value { get; set; } }")]
    [InlineData("GRID007", "Member 'Holder.Value' can be neither passed to a constructor nor set", "[GenerateSerializer] public sealed class Holder { public int Value { get; } }")]
    [InlineData("GRID007", "have the same wire tag 5", "[GenerateSerializer] public sealed class Twins { [Id(5)] public int A { get; set; } [Id(5)] public int B { get; set; } }")]
    [InlineData("GRID007", "Exception 'OutOfStockException' needs a constructor taking only the message", "[GenerateSerializer] public sealed class OutOfStockException : Exception { public OutOfStockException(int missing) : base(missing.ToString()) { } }")]
    public void Run_UnsupportedShape_ReportsOneError(string id, string messageFragment, string source)
    {
        var run = GeneratorHarness.Run(Usings + source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(messageFragment, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.True(diagnostic.Location.IsInSource, $"{id} should point at the offending source.");
    }

    [Fact]
    public void Run_ExceptionWithMessageConstructor_ReportsNothing()
    {
        var run = GeneratorHarness.Run(Usings + "[GenerateSerializer] public sealed class OutOfStockException : Exception { public OutOfStockException(string message) : base(message) { } }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors());
    }

    [Fact]
    public void Run_BadMethodInBaseGrainInterface_ReportedOnceWithoutFollowOnCompilerErrors()
    {
        var run = GeneratorHarness.Run(Usings + "public interface IBaseGrain : IGrainWithStringKey { int Count(); Task Ping(); } public interface IDerivedGrain : IBaseGrain { Task Pong(); }");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("GRID001", diagnostic.Id);
        Assert.DoesNotContain(run.OutputErrors(), error => error.Id == "CS0535");
    }
}
