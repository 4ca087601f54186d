namespace Grid.Runtime.Tests.Grains;

internal sealed class MeteredGrain : Grain, IMeteredGrain
{
    public Task<int> DoubleAsync(int value) => Task.FromResult(value * 2);

    public Task FailAsync() => throw new ArgumentException("bad value");
}
