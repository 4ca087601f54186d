using Grid.Runtime;

namespace Grid.Benchmarks.Runtime;

internal sealed class BenchCounterGrain : Grain, IBenchCounterGrain
{
    private int _value;

    public ValueTask<int> IncrementAsync(int delta)
    {
        _value += delta;
        return ValueTask.FromResult(_value);
    }
}
