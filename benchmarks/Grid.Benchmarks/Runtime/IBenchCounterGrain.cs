using Grid.Runtime;

namespace Grid.Benchmarks.Runtime;

public interface IBenchCounterGrain : IGrainWithStringKey
{
    ValueTask<int> IncrementAsync(int delta);
}
