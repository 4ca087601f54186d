using Grid.Runtime;

namespace Grid.Benchmarks.Storage;

[GenerateSerializer]
public sealed class BenchState
{
    public byte[] Payload { get; set; } = new byte[10 * 1024];

    public long Writes { get; set; }
}
