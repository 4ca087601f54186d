namespace Grid.Runtime.Tests.Grains;

public sealed class FaultSwitch
{
    public bool FailActivation { get; set; }
}
