namespace Grid.CodeGenerator.Tests;

public sealed class GridGeneratorImmutabilityTests
{
    [Theory]
    [InlineData("public sealed record Price(string Currency, int Quantity, decimal Amount);", true)]
    [InlineData("public sealed record Price(string Currency, int Quantity, List<string> Tags);", false)]
    public void Run_SealedRecord_SetsIsImmutableFromMembers(string declaration, bool expected)
    {
        var run = GeneratorHarness.Run($"using System.Collections.Generic; using Grid.Runtime; [GenerateSerializer] {declaration}");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors());
        Assert.Contains($"public override bool IsImmutable => {(expected ? "true" : "false")};", run.Source("Price.Codec.g.cs"), StringComparison.Ordinal);
    }
}
