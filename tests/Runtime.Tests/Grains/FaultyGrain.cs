namespace Grid.Runtime.Tests.Grains;

/// <summary>Fails to activate while the probe says so.</summary>
internal sealed class FaultyGrain(FaultSwitch faults) : Grain, IFaultyGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        faults.FailActivation ? throw new InvalidOperationException("activation refused") : Task.CompletedTask;

    public Task<int> GetAsync() => Task.FromResult(42);
}
