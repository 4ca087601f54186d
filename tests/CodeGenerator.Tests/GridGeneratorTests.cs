using Microsoft.CodeAnalysis.CSharp;

namespace Grid.CodeGenerator.Tests;

public sealed class GridGeneratorTests
{
    private const string Cart = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Grid.Runtime;

        namespace Shop;

        public enum LineKind { Regular, Gift }

        [GenerateSerializer]
        public sealed record CartLine(string Sku, List<string> Tags, LineKind Kind);

        public interface ICartGrain : IGrainWithStringKey
        {
            Task ClearAsync();
            Task<int> AddAsync(CartLine line, LineKind kind, int[] quantities, Dictionary<string, int> prices);
            ValueTask TouchAsync(string reason);
            ValueTask<CartLine?> FindAsync(string sku);
        }

        public sealed class CartGrain(TimeProvider clock) : Grain, ICartGrain
        {
            public TimeProvider Clock { get; } = clock;
            public Task ClearAsync() => Task.CompletedTask;
            public Task<int> AddAsync(CartLine line, LineKind kind, int[] quantities, Dictionary<string, int> prices) => Task.FromResult(quantities.Length);
            public ValueTask TouchAsync(string reason) => default;
            public ValueTask<CartLine?> FindAsync(string sku) => new((CartLine?)null);
        }
        """;

    [Fact]
    public void Run_ValidGrain_ReportsNothingAndCompiles()
    {
        var run = GeneratorHarness.Run(Cart);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors());
    }

    [Fact]
    public void Run_ValidGrain_EmitsProxyRequestsCodecAndModuleInitializer()
    {
        var run = GeneratorHarness.Run(Cart);

        var proxy = run.Source("Shop_ICartGrain.Proxy.g.cs");
        Assert.Contains("internal sealed class Shop_ICartGrain__Proxy : global::Grid.Runtime.Invocation.GrainReference, global::Shop.ICartGrain", proxy, StringComparison.Ordinal);
        Assert.Contains("class Shop_ICartGrain__ClearAsync__0 : global::Grid.Runtime.Invocation.Request<global::Grid.Runtime.Invocation.VoidResult>", proxy, StringComparison.Ordinal);
        Assert.Contains("class Shop_ICartGrain__AddAsync__1 : global::Grid.Runtime.Invocation.Request<int>", proxy, StringComparison.Ordinal);
        Assert.Contains("class Shop_ICartGrain__TouchAsync__2 : global::Grid.Runtime.Invocation.Request<global::Grid.Runtime.Invocation.VoidResult>", proxy, StringComparison.Ordinal);
        Assert.Contains("class Shop_ICartGrain__FindAsync__3 : global::Grid.Runtime.Invocation.Request<global::Shop.CartLine>", proxy, StringComparison.Ordinal);
        Assert.Contains("class Shop_CartLine__Codec : global::Grid.Runtime.Serialization.FieldCodec<global::Shop.CartLine>", run.Source("Shop_CartLine.Codec.g.cs"), StringComparison.Ordinal);
        var initializer = run.Source("GridModuleInitializer.g.cs");
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", initializer, StringComparison.Ordinal);
        Assert.Contains("typeof(global::Shop.CartGrain), typeof(global::Shop.ICartGrain), \"cart\"", initializer, StringComparison.Ordinal);
        Assert.Contains("new global::Shop.CartGrain(global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::System.TimeProvider>(context.Services))", initializer, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CompilationWithoutGridRuntimeTypes_GeneratesNothing()
    {
        var compilation = CSharpCompilation.Create(
            "NoRuntime",
            [CSharpSyntaxTree.ParseText("public interface IThing { }", GeneratorHarness.ParseOptions)]);

        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.Diagnostics);
    }
}
