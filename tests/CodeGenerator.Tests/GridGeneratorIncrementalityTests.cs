using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grid.CodeGenerator.Tests;

public sealed class GridGeneratorIncrementalityTests
{
    private const string Grain = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Grid.Runtime;

        [GenerateSerializer]
        public sealed record Line(string Sku, List<string> Tags);

        public interface ICartGrain : IGrainWithStringKey
        {
            Task<int> AddAsync(Line line, int[] quantities);
        }

        public sealed class CartGrain : Grain, ICartGrain
        {
            public Task<int> AddAsync(Line line, int[] quantities) => Task.FromResult(quantities.Length);
        }
        """;

    [Fact]
    public void Run_UnrelatedTreeChanged_OutputStepIsCached()
    {
        var compilation = GeneratorHarness.Compile(Grain, "internal static class Unrelated { public const int Value = 1; }");
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var unrelated = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(
            unrelated,
            CSharpSyntaxTree.ParseText("internal static class Unrelated { public const int Value = 2; }", GeneratorHarness.ParseOptions));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"Expected a cached output, got {output.Reason}."));
    }
}
