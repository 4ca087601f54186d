using Microsoft.CodeAnalysis;

namespace Grid.CodeGenerator.Tests;

public sealed class GridGeneratorPersistentStateTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Threading.Tasks; using Grid.Runtime; using Grid.Runtime.Storage;\n";

    [Fact]
    public void Run_GrainWithPersistentStateParameter_CreatesStateThroughTheContext()
    {
        var run = GeneratorHarness.Run(Usings + """
            [GenerateSerializer] public sealed class StockState { public int OnHand { get; set; } }
            public interface IStockGrain : IGrainWithStringKey { Task<int> GetAsync(); }
            public sealed class StockGrain([PersistentState("stock", "pg")] IPersistentState<StockState> stock, TimeProvider clock) : Grain, IStockGrain
            {
                public Task<int> GetAsync() => Task.FromResult(stock.State.OnHand + clock.GetUtcNow().Second * 0);
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors());
        var initializer = run.Source("GridModuleInitializer.g.cs");
        Assert.Contains("context.PersistentState<global::StockState>(\"stock\", \"pg\")", initializer, StringComparison.Ordinal);
        Assert.Contains("GetRequiredService<global::System.TimeProvider>(context.Services)", initializer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PersistentState(\"stock\")] int stock", "is marked [PersistentState] but is not an IPersistentState<T>")]
    [InlineData("[PersistentState(\"stock\")] IPersistentState<NoDefault> stock", "needs a parameterless constructor")]
    [InlineData("[PersistentState(\"stock\")] IPersistentState<System.Text.StringBuilder> stock", "cannot cross a grain boundary")]
    public void Run_InvalidPersistentStateParameter_ReportsError(string parameter, string messageFragment)
    {
        var run = GeneratorHarness.Run(Usings + $$"""
            [GenerateSerializer] public sealed record NoDefault(int Value);
            public interface IStockGrain : IGrainWithStringKey { Task<int> GetAsync(); }
            public sealed class StockGrain({{parameter}}) : Grain, IStockGrain
            {
                public Task<int> GetAsync() => Task.FromResult(0);
            }
            """);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(messageFragment, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
