using Grid.Runtime;

namespace Grid.Benchmarks.Runtime;

public interface IEmptyGrain : IGrainWithStringKey
{
    ValueTask PingAsync();
}
