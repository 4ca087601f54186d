using Grid.Runtime;

namespace Grid.Grains.Health;

internal sealed class HealthGrain : Grain, IHealthGrain
{
    private long _checksServed;

    public Task<HealthReport> CheckAsync()
    {
        _checksServed++;
        return Task.FromResult(new HealthReport(GetPrimaryKeyString(), TimeProvider.GetUtcNow(), _checksServed));
    }
}
