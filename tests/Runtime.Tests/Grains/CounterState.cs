namespace Grid.Runtime.Tests.Grains;

[GenerateSerializer]
public sealed class CounterState
{
    public int Value { get; set; }

    public List<string> History { get; set; } = [];
}
