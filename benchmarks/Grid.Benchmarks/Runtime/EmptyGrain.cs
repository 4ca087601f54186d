using Grid.Runtime;

namespace Grid.Benchmarks.Runtime;

internal sealed class EmptyGrain : Grain, IEmptyGrain
{
    public ValueTask PingAsync() => ValueTask.CompletedTask;
}
